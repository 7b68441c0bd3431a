package nianbao.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved with its pictures beside it ({@code 报告_files/image001.png}, as browsers save one): the pictures it
 * shows from files next to it are taken into the page as {@code data:} pictures when the page is read from its file,
 * so a table published as an image is read by OCR like one carried in the page, and the library keeps the page whole
 * (its pages can be shown again, its hash covers its pictures). Pictures on the web, missing files, files that are
 * not images and small ones (icons, spacers) are left as they are.
 */
final class LocalPictures {
    private static final Pattern IMG_SRC = Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*)([\"'])([^\"'<>]+)\\2",
            Pattern.CASE_INSENSITIVE);
    /** Smaller files are icons and spacers, never a table. */
    private static final long MIN_BYTES = 8 * 1024;
    private static final Charset GBK = Charset.forName("GB18030");

    private LocalPictures() {
    }

    /** The page with the pictures beside it taken in; the bytes as they are when it shows none (or none is found). */
    static byte[] inline(Path page, byte[] bytes, long maxBytes) {
        Path folder = page.toAbsolutePath().getParent();
        if (folder == null) {
            return bytes;
        }
        // byte for byte, whatever the page's own encoding: only the ASCII of the tags is looked at and replaced
        String html = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = IMG_SRC.matcher(html);
        StringBuilder out = null;
        int last = 0;
        long total = bytes.length;
        while (m.find()) {
            byte[] picture = picture(folder, m.group(3), maxBytes - total);
            if (picture == null) {
                continue;
            }
            String data = "data:image/" + FileType.imageKind(picture) + ";base64," + Base64.getEncoder().encodeToString(picture);
            total += data.length();
            if (out == null) {
                out = new StringBuilder(html.length() + data.length());
            }
            out.append(html, last, m.start(3)).append(data);
            last = m.end(3);
        }
        if (out == null) {
            return bytes;
        }
        out.append(html, last, html.length());
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The picture a {@code src} names beside the page, or null (a web address, a missing file, not an image). */
    private static byte[] picture(Path folder, String rawSource, long room) {
        String source = rawSource.strip();
        if (source.isEmpty() || source.startsWith("//") || source.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return null; // data:, http:, https:, file: … and protocol-relative addresses are not files beside the page
        }
        int cut = indexOfAny(source, "?#");
        if (cut >= 0) {
            source = source.substring(0, cut);
        }
        byte[] raw = source.getBytes(StandardCharsets.ISO_8859_1);
        for (String name : new String[]{new String(raw, StandardCharsets.UTF_8), new String(raw, GBK),
                percentDecoded(raw)}) {
            try {
                Path file = folder.resolve(name.replace('\\', '/')).normalize();
                if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                    continue;
                }
                long size = Files.size(file);
                if (size < MIN_BYTES || size * 4 / 3 + 64 > room) {
                    return null;
                }
                byte[] picture = Files.readAllBytes(file);
                return FileType.imageKind(picture) != null ? picture : null;
            } catch (InvalidPathException | IOException | SecurityException e) {
                // not a name of this file system, or unreadable: try the next reading of it
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code %E6%8A%A5%E5%91%8A_files/a.png} as the UTF-8 name it escapes. */
    private static String percentDecoded(byte[] raw) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0
                    && Character.digit(raw[i + 2], 16) >= 0) {
                out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
