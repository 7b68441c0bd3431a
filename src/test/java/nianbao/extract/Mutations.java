package nianbao.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random damage to a document: bit flips, truncation, bytes spliced in from another document, zeroed runs. */
final class Mutations {
    private Mutations() {
    }

    static byte[] mutate(byte[] original, List<byte[]> others, Random random) {
        byte[] bytes = original.clone();
        int kind = random.nextInt(5);
        switch (kind) {
            case 0 -> {
                int flips = 1 + random.nextInt(64);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(bytes.length);
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> {
                byte[] other = others.get(random.nextInt(others.size()));
                int from = random.nextInt(other.length);
                int length = Math.min(other.length - from, 1 + random.nextInt(4096));
                int at = random.nextInt(bytes.length);
                byte[] spliced = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, spliced, 0, at);
                System.arraycopy(other, from, spliced, at, length);
                System.arraycopy(bytes, at, spliced, at + length, bytes.length - at);
                bytes = spliced;
            }
            case 3 -> {
                int at = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - at, 1 + random.nextInt(2048));
                Arrays.fill(bytes, at, at + length, (byte) random.nextInt(256));
            }
            default -> {
                int at = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - at, 1 + random.nextInt(512));
                byte[] cut = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, cut, 0, at);
                System.arraycopy(bytes, at + length, cut, at, bytes.length - at - length);
                bytes = cut;
            }
        }
        return bytes;
    }
}
