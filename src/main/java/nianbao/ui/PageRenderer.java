package nianbao.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import nianbao.extract.PageImages;
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
 * Renders the pages a report was read from (its document's bytes as stored in the library), one page at a time in
 * one lane of background work (PDFBox documents are not thread-safe), into JavaFX images without going through Swing:
 * a PDF's pages, or the page images of a scanned image file or of a Word file's or web page's pictures read by OCR
 * ({@link PageImages}). Once closed, the renders still queued are dropped.
 */
final class PageRenderer implements AutoCloseable {
    /** A page's number as the boxes of its words give it, and its size in PDF units (points), as they measure it. */
    record PageSize(int number, double width, double height) {
    }

    private final Executor executor;
    private final Callable<byte[]> source;
    private final boolean pdf;
    private final String sourceFormat;
    private volatile boolean closed;
    private PDDocument document;
    private PDFRenderer renderer;
    private List<PageImages.PageImage> images = List.of();

    /**
     * {@code source} gives the document's bytes, of the report's {@code sourceFormat}; it is called once, in
     * {@code lane}, which must run one thing at a time (the window's {@link TaskExecutor.Lane#PAGES}).
     */
    PageRenderer(Callable<byte[]> source, String sourceFormat, Executor lane) {
        this.source = source;
        this.sourceFormat = sourceFormat;
        this.pdf = "pdf".equals(sourceFormat);
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
                List<PageSize> sizes = new ArrayList<>();
                if (!pdf) {
                    images = PageImages.of(sourceFormat, bytes);
                    for (PageImages.PageImage image : images) {
                        sizes.add(new PageSize(image.page(), image.widthPoints(), image.heightPoints()));
                    }
                    return sizes;
                }
                document = Loader.loadPDF(bytes);
                renderer = new PDFRenderer(document);
                int number = 1;
                for (var page : document.getPages()) {
                    PDRectangle box = page.getCropBox();
                    boolean turned = page.getRotation() % 180 != 0;
                    sizes.add(turned ? new PageSize(number, box.getHeight(), box.getWidth())
                            : new PageSize(number, box.getWidth(), box.getHeight()));
                    number++;
                }
                return sizes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    /** Renders a page (0-based) at {@code scale} pixels per PDF unit (a page image: as it is). */
    CompletableFuture<Image> render(int pageIndex, float scale) {
        return CompletableFuture.supplyAsync(() -> {
            if (closed) {
                throw new java.util.concurrent.CancellationException("pages closed");
            }
            try {
                return toImage(pdf ? renderer.renderImage(pageIndex, scale, ImageType.RGB)
                        : images.get(pageIndex).image());
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
