package nianbao.extract;

import java.nio.charset.StandardCharsets;

/** The kinds of file a report arrives as, recognised by their first bytes rather than their name. */
public enum FileType {
    PDF("PDF"), ZIP("ZIP/DOCX"), OLE2("DOC"), HTML("HTML"), IMAGE("image"), TEXT("text");

    private final String label;

    FileType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FileType sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(bytes, new byte[]{'P', 'K', 3, 4})) {
            return ZIP;
        }
        if (startsWith(bytes, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return OLE2;
        }
        if (image(bytes)) {
            return IMAGE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html")) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean image(byte[] bytes) {
        return imageKind(bytes) != null;
    }

    /**
     * The kind of picture the bytes are, as a media subtype ({@code png}, {@code jpeg}, {@code gif}, {@code tiff},
     * {@code bmp}, {@code webp}) by their signatures (TIFF in both byte orders); null for anything else.
     */
    static String imageKind(byte[] bytes) {
        if (startsWith(bytes, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            return "png";
        }
        if (startsWith(bytes, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "jpeg";
        }
        if (startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "gif";
        }
        if (startsWith(bytes, new byte[]{'I', 'I', 42, 0}) || startsWith(bytes, new byte[]{'M', 'M', 0, 42})) {
            return "tiff";
        }
        if (startsWith(bytes, new byte[]{'B', 'M'}) && bytes.length > 26 && bytes[14] >= 12 && bytes[15] == 0) {
            return "bmp";
        }
        if (startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII)) && bytes.length > 12
                && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
