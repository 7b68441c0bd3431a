package nianbao.ui;

import nianbao.export.ExportException;
import nianbao.model.BadInputException;
import nianbao.store.StoreException;

/** Why something failed, in one line in the UI language: the engine's own message, never a stack trace. */
final class Reasons {
    private Reasons() {
    }

    static String of(Throwable failure) {
        Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof BadInputException bad) {
            return I18n.english() ? bad.english() : bad.chinese();
        }
        if (e instanceof nianbao.review.SourceChangedException changed) {
            return I18n.english() ? changed.english() : changed.chinese();
        }
        if (e instanceof StoreException store) {
            return I18n.english() ? store.english() : store.chinese();
        }
        if (e instanceof ExportException export) {
            return I18n.english() ? export.english() : export.chinese();
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").strip();
        return e.getClass().getSimpleName() + message;
    }
}
