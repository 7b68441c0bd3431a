package nianbao.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An export that could not be written (no Chinese font to embed, a folder that cannot be written…), with a message
 * for the examiner in Chinese and in English; nothing is left at the target when it is thrown.
 */
public class ExportException extends Exception implements nianbao.model.BilingualMessage {
    private final String chinese;
    private final String english;

    public ExportException(String chinese, String english) {
        this(chinese, english, null);
    }

    public ExportException(String chinese, String english, Throwable cause) {
        super(chinese + " (" + english + ")", cause);
        this.chinese = chinese;
        this.english = english;
    }

    /** The target could not be written. */
    static ExportException cannotWrite(Path target, IOException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ExportException("无法写入导出文件 " + target + "：" + reason,
                "cannot write the export file " + target + ": " + reason, cause);
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public String english() {
        return english;
    }
}
