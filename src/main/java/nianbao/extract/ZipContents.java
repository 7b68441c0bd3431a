package nianbao.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a zip archive without unpacking it, to tell a Word document, a set of page images (a folder of scanned
 * pages as {@link PageFolder} packs it, or a zip of them), any other zip and a broken one apart.
 */
final class ZipContents {
    /** What a zip archive turned out to be. */
    enum Kind { WORD, PAGES, OTHER, BROKEN }

    private ZipContents() {
    }

    static Kind classify(byte[] bytes) {
        boolean word = false;
        int files = 0;
        int images = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                nianbao.model.WorkBudget.checkpoint();
                word |= e.getName().equals("word/document.xml");
                if (!e.isDirectory()) {
                    files++;
                    byte[] head = zip.readNBytes(32);
                    images += FileType.sniff(head) == FileType.IMAGE ? 1 : 0;
                }
                zip.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            return Kind.BROKEN;
        }
        return word ? Kind.WORD : files > 0 && images == files ? Kind.PAGES : Kind.OTHER;
    }
}
