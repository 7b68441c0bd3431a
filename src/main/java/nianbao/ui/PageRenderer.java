package nianbao.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Renders the pages of the PDF a report was read from (its bytes as stored in the library), one page at a time in
 * one lane of background work (PDFBox documents are not thread-safe), into JavaFX images without going through Swing.
 * Once closed, the renders still queued are dropped.
 */
final class PageRenderer implements AutoCloseable {
    /** A page's size in PDF units, as the boxes of the extracted words measure it. */
    record PageSize(double width, double height) {
    }

    private final Executor executor;
    private final Callable<byte[]> source;
    private volatile boolean closed;
    private PDDocument document;
    private PDFRenderer renderer;

    /**
     * {@code source} gives the PDF's bytes; it is called once, in {@code lane}, which must run one thing at a time
     * (the window's {@link TaskExecutor.Lane#PAGES}).
     */
    PageRenderer(Callable<byte[]> source, Executor lane) {
        this.source = source;
        this.executor = lane;
    }

    /** Opens the document; completes with the size of every page. */
    CompletableFuture<List<PageSize>> open() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] bytes = source.call();
                if (bytes == null) {
                    throw new IOException("no stored source");
                }
                document = Loader.loadPDF(bytes);
                renderer = new PDFRenderer(document);
                List<PageSize> sizes = new ArrayList<>();
                for (var page : document.getPages()) {
                    PDRectangle box = page.getCropBox();
                    boolean turned = page.getRotation() % 180 != 0;
                    sizes.add(turned ? new PageSize(box.getHeight(), box.getWidth())
                            : new PageSize(box.getWidth(), box.getHeight()));
                }
                return sizes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    /** Renders a page (0-based) at {@code scale} pixels per PDF unit. */
    CompletableFuture<Image> render(int pageIndex, float scale) {
        return CompletableFuture.supplyAsync(() -> {
            if (closed) {
                throw new java.util.concurrent.CancellationException("pages closed");
            }
            try {
                return toImage(renderer.renderImage(pageIndex, scale, ImageType.RGB));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor);
    }

    static Image toImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage out = new WritableImage(width, height);
        out.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return out;
    }

    @Override
    public void close() {
        closed = true;
        executor.execute(() -> {
            try {
                if (document != null) {
                    document.close();
                }
            } catch (IOException e) {
                // nothing was written; closing a read-only document cannot lose anything
            }
        });
    }
}
