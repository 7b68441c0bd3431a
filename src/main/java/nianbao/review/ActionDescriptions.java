package nianbao.review;

import nianbao.model.CellText;
import nianbao.model.Correction;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.FormatVersion;
import nianbao.model.Resolution;

/**
 * The Chinese menu text for undo and redo, e.g. {@code 撤销更正 规章 本年废止件数：-1 → 0} or
 * {@code 撤销标记 value.negative（规章 本年废止件数）为 报告本身错误（已确认）}.
 */
final class ActionDescriptions {
    private ActionDescriptions() {
    }

    static String undo(ReviewAction action, FormatVersion template) {
        return "撤销" + describe(action, template);
    }

    static String redo(ReviewAction action, FormatVersion template) {
        return "重做" + describe(action, template);
    }

    static String describe(ReviewAction action, FormatVersion template) {
        if (action instanceof ReviewAction.CellChange c) {
            return correction(c.correction(), template);
        }
        return resolution((ReviewAction.ResolutionChange) action, template);
    }

    private static String correction(Correction c, FormatVersion template) {
        return "更正 " + CellLabels.of(template, c.ref()) + "：" + shown(c.oldRaw()) + " → " + shown(c.newRaw());
    }

    private static String resolution(ReviewAction.ResolutionChange r, FormatVersion template) {
        String finding = finding(r.finding(), template);
        FindingResolution after = r.after();
        return after == null ? "清除 " + finding + " 的处理" : "标记 " + finding + " 为 " + label(after.resolution());
    }

    private static String finding(FindingKey key, FormatVersion template) {
        if (key.row() == null) {
            return key.rule();
        }
        return key.rule() + "（" + CellLabels.of(template, key.table(), key.row(), key.column()) + "）";
    }

    static String label(Resolution resolution) {
        return switch (resolution) {
            case REPORT_ERROR_CONFIRMED -> "报告本身错误（已确认）";
            case PARSE_ERROR_CORRECTED -> "解析错误（已更正）";
            case DISMISSED -> "已忽略";
        };
    }

    /** Printed text as the examiner typed it; a blank (empty, /, —) is shown as 空. */
    private static String shown(String raw) {
        if (raw == null || CellText.kind(raw) == CellText.Kind.BLANK) {
            return "空";
        }
        return raw.strip();
    }
}
