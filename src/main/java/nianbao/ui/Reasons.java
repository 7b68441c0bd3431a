package nianbao.ui;

import nianbao.model.BilingualMessage;

/** Why something failed, in one line in the UI language: the engine's own message, never a stack trace. */
final class Reasons {
    private Reasons() {
    }

    static String of(Throwable failure) {
        Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof BilingualMessage message) { // a bad document, the store, an export, a changed source
            return I18n.english() ? message.english() : message.chinese();
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").strip();
        return e.getClass().getSimpleName() + message;
    }
}
