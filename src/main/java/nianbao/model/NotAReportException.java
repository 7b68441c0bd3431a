package nianbao.model;

/**
 * A file that is not a report document at all — data, a program, an archive that is not Word, a text or web page with
 * nothing of the national form in it (a README, a JSON file) — as against a report that could not be read. A folder
 * import or check skips such files and lists them as skipped, without counting them as failures.
 */
public class NotAReportException extends BadInputException {
    public NotAReportException(String chinese, String english) {
        super(chinese, english);
    }
}
