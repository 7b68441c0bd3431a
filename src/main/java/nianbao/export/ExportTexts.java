package nianbao.export;

import nianbao.model.CorrectionKind;
import nianbao.model.FormatVersion;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.model.Severity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Chinese words every export prints for the review's states, severities, resolutions and times. */
final class ExportTexts {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private ExportTexts() {
    }

    static String status(ReviewStatus status) {
        if (status == null) {
            return "未审";
        }
        return switch (status) {
            case UNREVIEWED -> "未审";
            case IN_REVIEW -> "审核中";
            case REVIEWED -> "已审核";
        };
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    static String resolution(Resolution resolution) {
        if (resolution == null) {
            return "未处理";
        }
        return switch (resolution) {
            case REPORT_ERROR_CONFIRMED -> "报告本身错误（已确认）";
            case PARSE_ERROR_CORRECTED -> "解析错误（已更正）";
            case DISMISSED -> "已忽略";
        };
    }

    static String correctionKind(CorrectionKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case PARSE_ERROR -> "解析错误";
            case REPORT_ERROR -> "报告错误";
        };
    }

    static String template(FormatVersion version) {
        return switch (version) {
            case V2021 -> "2021 年版（国办公开办函〔2021〕30号）";
            case V2019 -> "2019 年试行版（国办公开办函〔2019〕60号）";
            case UNKNOWN -> "未识别";
        };
    }

    /** Date and minute in the examiner's time zone, e.g. 2022-01-31 09:30; empty when unknown. */
    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZoneId.systemDefault()));
    }

    /** The text itself, or empty for null. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
