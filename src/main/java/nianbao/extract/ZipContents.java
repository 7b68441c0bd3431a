package nianbao.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Looks inside a zip archive without unpacking it, to tell a Word document from any other zip or a broken one. */
final class ZipContents {
    /** What a zip archive turned out to be. */
    enum Kind { WORD, OTHER, BROKEN }

    private ZipContents() {
    }

    static Kind classify(byte[] bytes) {
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                nianbao.model.WorkBudget.checkpoint();
                word |= e.getName().equals("word/document.xml");
                zip.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            return Kind.BROKEN;
        }
        return word ? Kind.WORD : Kind.OTHER;
    }
}
