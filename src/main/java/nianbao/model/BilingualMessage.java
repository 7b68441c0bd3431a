package nianbao.model;

/**
 * A failure told to the examiner in both languages: the window shows the one of its language, the command line
 * prints {@code 中文 (English)}.
 */
public interface BilingualMessage {
    String chinese();

    String english();

    /** The message as the command line prints it: {@code 中文 (English)}. */
    default String describe() {
        return chinese() + " (" + english() + ")";
    }
}
