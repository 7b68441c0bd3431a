package nianbao.model;

/**
 * A document that cannot be read as an annual report (empty, binary junk, encrypted, a scan, not a report…), with
 * a message for the examiner in Chinese and in English. Never a programming error.
 */
public class BadInputException extends Exception implements BilingualMessage {
    private final String chinese;
    private final String english;

    public BadInputException(String chinese, String english) {
        super(chinese + " (" + english + ")");
        this.chinese = chinese;
        this.english = english;
    }

    public BadInputException(String chinese, String english, Throwable cause) {
        super(chinese + " (" + english + ")", cause);
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
