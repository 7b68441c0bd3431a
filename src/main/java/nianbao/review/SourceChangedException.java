package nianbao.review;

/**
 * A report whose stored source no longer has the SHA-256 it was imported with: what it shows may not be the
 * document's, so it is opened read-only and may not be corrected or exported until the original is imported again.
 */
public final class SourceChangedException extends IllegalStateException
        implements nianbao.model.BilingualMessage {
    private final String chinese;
    private final String english;

    SourceChangedException(String fileName) {
        this("库中保存的原文件“" + fileName + "”已被改动（SHA-256 与导入时不符），所显示的数值可能不是原文件的；此年报以只读方式打开，"
                        + "不能更正或导出。请重新导入原文件",
                "the stored source of " + fileName + " has changed since it was imported (its SHA-256 no longer"
                        + " matches), so the values shown may not be the document's; the report is opened read-only"
                        + " and cannot be corrected or exported; import the original file again");
    }

    private SourceChangedException(String chinese, String english) {
        super(chinese + " (" + english + ")");
        this.chinese = chinese;
        this.english = english;
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
