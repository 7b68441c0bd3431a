package nianbao.ui;

import nianbao.model.BadInputException;
import nianbao.review.ReviewService;
import nianbao.review.ReviewSession;

import java.util.concurrent.CompletableFuture;

/**
 * Opening one report in the background: read, parse, check and restore its review, reporting progress as text (and,
 * while the pages of a scan are recognised, as a fraction of its pages).
 */
final class OpenReportTask extends BackgroundTask<ReviewSession> {
    /** How the report is obtained from the service: from a file, from bytes, or from the library. */
    interface Source {
        ReviewSession open(ReviewService service) throws BadInputException;
    }

    private final CompletableFuture<ReviewService> service;
    private final Source source;
    private final String name;

    OpenReportTask(CompletableFuture<ReviewService> service, Source source, String name) {
        this.service = service;
        this.source = source;
        this.name = name;
        updateTitle(name);
        updateMessage(I18n.t("status.opening", name));
    }

    /** The name of what is being opened, for messages. */
    String name() {
        return name;
    }

    @Override
    protected ReviewSession call() throws BadInputException {
        updateProgress(-1, 1);
        ReviewService ready = service.join();
        // a scan's pages take seconds each to recognise: say which one is being read, and how far along that is
        return nianbao.extract.OcrProgress.reporting((page, pages) -> {
            updateMessage(pages > 0 ? I18n.t("status.ocr.reading", name, page, pages)
                    : I18n.t("status.ocr.readingPicture", name, page));
            if (pages > 0 && page > 1) { // before the first page is done the bar stays indeterminate (and shown)
                updateProgress(page - 1, pages);
            }
        }, () -> source.open(ready));
    }
}
