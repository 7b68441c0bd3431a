package nianbao.parse.roundtrip;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sample texts of every layout (args: directory, seeds…) so they can be compared by eye with the seeds. */
public final class RoundTripSamples {
    private RoundTripSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/roundtrip-samples");
        Files.createDirectories(dir);
        long[] seeds = args.length > 1 ? java.util.Arrays.stream(args, 1, args.length).mapToLong(Long::parseLong)
                .toArray() : new long[]{1, 2};
        for (LayoutWriter layout : LayoutWriter.all()) {
            for (long seed : seeds) {
                RoundTripCase c = RoundTripCase.of(seed, layout);
                Path file = dir.resolve(layout.name() + "-seed" + seed + ".txt");
                Files.writeString(file, c.text(), StandardCharsets.UTF_8);
                System.out.println(file);
            }
        }
    }
}
