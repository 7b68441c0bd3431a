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

    /** The level of a body as its name shows it ("" where it does not). */
    public static String level(nianbao.check.OrganNames.Level level) {
        return switch (level) {
            case PROVINCE -> I18n.t("level.province");
            case CITY -> I18n.t("level.city");
            case COUNTY -> I18n.t("level.county");
            case TOWNSHIP -> I18n.t("level.township");
            case DEPARTMENT -> I18n.t("level.department");
            case UNKNOWN -> "";
        };
    }

    /** The source's kind and the national format's version, e.g. PDF · 2021. */
    public static String format(String sourceFormat, nianbao.model.FormatVersion template) {
        String source = sourceFormat == null ? "" : sourceFormat.toUpperCase(java.util.Locale.ROOT);
        return template == null ? source : source + " · " + switch (template) {
            case V2021 -> "2021";
            case V2019 -> "2019";
            case UNKNOWN -> "?";
        };
    }
}
