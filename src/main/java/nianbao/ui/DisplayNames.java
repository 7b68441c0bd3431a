package nianbao.ui;

import nianbao.model.CorrectionKind;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.model.Severity;

/** The shown names of the model's enums (severity, review status, resolution, correction kind), in the UI language. */
public final class DisplayNames {
    private DisplayNames() {
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> I18n.t("severity.error");
            case WARNING -> I18n.t("severity.warning");
            case INFO -> I18n.t("severity.info");
        };
    }

    public static String status(ReviewStatus status) {
        return switch (status) {
            case UNREVIEWED -> I18n.t("status.unreviewed");
            case IN_REVIEW -> I18n.t("status.inReview");
            case REVIEWED -> I18n.t("status.reviewed");
        };
    }

    public static String resolution(Resolution resolution) {
        return switch (resolution) {
            case REPORT_ERROR_CONFIRMED -> I18n.t("resolution.reportError");
            case PARSE_ERROR_CORRECTED -> I18n.t("resolution.parseError");
            case DISMISSED -> I18n.t("resolution.dismissed");
        };
    }

    public static String correctionKind(CorrectionKind kind) {
        return switch (kind) {
            case PARSE_ERROR -> I18n.t("correction.parseError");
            case REPORT_ERROR -> I18n.t("correction.reportError");
        };
    }
}
