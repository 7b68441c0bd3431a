package nianbao.extract;

import java.nio.charset.StandardCharsets;

/** The kinds of file a report arrives as, recognised by their first bytes rather than their name. */
public enum FileType {
    PDF("PDF"), ZIP("ZIP/DOCX"), OLE2("DOC"), HTML("HTML"), TEXT("text");

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
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html")) {
            return HTML;
        }
        return TEXT;
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
