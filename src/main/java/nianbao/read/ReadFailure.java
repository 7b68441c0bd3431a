package nianbao.read;

import nianbao.model.BadInputException;

/**
 * Why a document could not be read, by kind, with the message for the examiner in Chinese and English: the document
 * itself is bad, its work ran over its budget (or was cancelled), it needed more memory than there is, or the
 * program failed (a bug).
 */
public final class ReadFailure extends BadInputException {
    /** What went wrong. */
    public enum Kind {
        /** The document cannot be read as a report (empty, damaged, encrypted, a scan…). */
        BAD_INPUT,
        /** The file is not a report document at all (a README, data, another program's file): skipped, not failed. */
        NOT_A_REPORT,
        /** Its reading used up its CPU-time budget or its wall-clock ceiling. */
        OVER_BUDGET,
        /** The examiner (or the program shutting down) cancelled it. */
        CANCELLED,
        /** It needed more memory than the program has. */
        OUT_OF_MEMORY,
        /** A fault of the program, not of the document. */
        INTERNAL
    }

    private final Kind kind;

    ReadFailure(Kind kind, String chinese, String english, Throwable cause) {
        super(chinese, english, cause);
        this.kind = kind;
    }

    static ReadFailure of(BadInputException e) {
        if (e instanceof ReadFailure failure) {
            return failure;
        }
        Kind kind = e instanceof nianbao.model.NotAReportException ? Kind.NOT_A_REPORT : Kind.BAD_INPUT;
        return new ReadFailure(kind, e.chinese(), e.english(), e);
    }

    /** A document that needed more memory than the program has. */
    public static ReadFailure outOfMemory(Throwable cause) {
        return new ReadFailure(Kind.OUT_OF_MEMORY, "文件过大，内存不足，无法处理", "file too large: out of memory", cause);
    }

    /** One line for a bug in the engine: what failed and where, but never a stack trace. */
    public static ReadFailure internal(Throwable e) {
        StringBuilder english = new StringBuilder("internal error: ").append(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            english.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            english.append(" in ").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                    .append(':').append(trace[0].getLineNumber());
        }
        return new ReadFailure(ReadFailure.Kind.INTERNAL, "内部错误，无法解析此文件", english.toString(), e);
    }

    public Kind kind() {
        return kind;
    }
}
