package nianbao.export;

import nianbao.format.GridCell;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.Finding;
import nianbao.model.FindingResolution;
import nianbao.model.Report;
import nianbao.model.ReviewedReport;
import nianbao.model.Severity;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the review into the PDF's tables: the header block, each statistics table with corrected cells marked and
 * flagged rows shaded, the findings with their resolutions, and the correction history.
 */
final class PdfAuditTables {
    static final Color HEADER = new Color(0xE4, 0xE4, 0xE4);
    static final Color CAPTION = new Color(0xF2, 0xF2, 0xF2);
    static final Color ERROR = new Color(0xFC, 0xDD, 0xD9);
    static final Color WARNING = new Color(0xFF, 0xF2, 0xCC);
    static final Color CORRECTED = new Color(0xCF, 0xE2, 0xF3);
    private static final float TABLE_SIZE = 8.5f;
    private static final float LIST_SIZE = 8f;

    private final ReviewFacts facts;

    PdfAuditTables(ReviewFacts facts) {
        this.facts = facts;
    }

    /** 机关, 年度, 源文件, SHA-256, 格式版本, 审核状态, 审核人, 导出日期 as a two-pair-per-row table. */
    PdfTable header() {
        ReviewedReport reviewed = facts.reviewed();
        Report report = reviewed.current();
        List<PdfCell> cells = new ArrayList<>();
        pair(cells, 0, 0, "机关", ExportTexts.orEmpty(report.organ()), 1);
        pair(cells, 0, 2, "年度", report.year() == null ? "未识别" : report.year() + " 年", 1);
        pair(cells, 1, 0, "源文件", ExportTexts.orEmpty(reviewed.fileName()), 3);
        pair(cells, 2, 0, "SHA-256", ExportTexts.orEmpty(reviewed.sourceHash()), 3);
        pair(cells, 3, 0, "格式版本", ExportTexts.template(report.template()), 1);
        pair(cells, 3, 2, "审核状态", ExportTexts.status(reviewed.status()), 1);
        pair(cells, 4, 0, "审核人", ExportTexts.orEmpty(reviewed.examiner()), 1);
        pair(cells, 4, 2, "导出日期", ExportTexts.dateTime(reviewed.exportedAt()), 1);
        return new PdfTable(cells, new double[]{1, 2.6, 1, 2.6}, 5, 0, 9f);
    }

    private static void pair(List<PdfCell> cells, int row, int column, String key, String value, int valueSpan) {
        cells.add(new PdfCell(row, column, 1, 1, key, null, true, HEADER, false, false));
        cells.add(new PdfCell(row, column + 1, 1, valueSpan, value, null, false, null, false, false));
    }

    /** A statistics table laid out like the official format. */
    PdfTable official(TableGrid grid) {
        List<PdfCell> cells = new ArrayList<>();
        for (GridCell c : grid.cells()) {
            cells.add(switch (c.role()) {
                case CAPTION -> cell(c, c.text(), null, true, CAPTION, false, false);
                case HEADER, NOTE, GROUP -> cell(c, c.text(), null, false, HEADER, true, false);
                case LABEL -> cell(c, c.text(), facts.hasRow(c.ref().table(), c.ref().row()) ? null : "（报告中无此行）",
                        false, severityFill(c.ref()), false, false);
                case VALUE -> value(c);
            });
        }
        float size = grid.columns() > 8 ? TABLE_SIZE - 0.5f : TABLE_SIZE;
        return new PdfTable(cells, grid.widths(), grid.rows(), grid.headerRows(), size);
    }

    private PdfCell value(GridCell c) {
        CellRef ref = c.ref();
        String text = facts.currentText(ref);
        Optional<Correction> correction = facts.correction(ref);
        if (correction.isPresent()) {
            String original = ValueText.shown(facts.original(ref), facts.kind(ref));
            return cell(c, text.isEmpty() ? "空" : text, "（原 " + original + "）", true, CORRECTED, true, true);
        }
        return cell(c, text, null, false, severityFill(ref), true, false);
    }

    private Color severityFill(CellRef ref) {
        Severity severity = facts.rowSeverity(ref.table(), ref.row());
        if (severity == Severity.ERROR) {
            return ERROR;
        }
        return severity == Severity.WARNING ? WARNING : null;
    }

    private static PdfCell cell(GridCell c, String text, String note, boolean bold, Color fill, boolean centered,
                                boolean marked) {
        return new PdfCell(c.row(), c.column(), c.rowSpan(), c.columnSpan(), text, note, bold, fill, centered,
                marked);
    }

    /** Every finding: number, severity, rule, where, the message with its equation, resolution and note. */
    PdfTable findings() {
        List<PdfCell> cells = new ArrayList<>();
        headerRow(cells, "序号", "级别", "规则", "位置", "说明", "处理", "备注");
        int row = 1;
        for (Finding f : facts.reviewed().findings()) {
            Optional<FindingResolution> r = facts.resolutionOf(f);
            Color fill = f.severity() == Severity.ERROR ? ERROR : f.severity() == Severity.WARNING ? WARNING : null;
            String who = r.map(x -> (ExportTexts.orEmpty(x.examiner()) + " " + ExportTexts.dateTime(x.at())).strip())
                    .orElse(null);
            String[] texts = {String.valueOf(row), ExportTexts.severity(f.severity()), f.rule(),
                    facts.labels().location(f.table(), f.row(), f.column()), f.message(),
                    r.map(x -> ExportTexts.resolution(x.resolution())).orElse("未处理"),
                    r.map(x -> ExportTexts.orEmpty(x.note())).orElse("")};
            for (int k = 0; k < texts.length; k++) {
                String note = k == 5 && who != null && !who.isEmpty() ? who : null;
                cells.add(new PdfCell(row, k, 1, 1, texts[k], note, false, k == 1 ? fill : null, k <= 1, false));
            }
            row++;
        }
        return new PdfTable(cells, new double[]{0.55, 0.55, 1.45, 1.9, 3.5, 1.35, 1.7}, row, 1, LIST_SIZE);
    }

    /** Every correction ever made, oldest first: when, who, which cell, old → new, kind and note. */
    PdfTable history() {
        List<PdfCell> cells = new ArrayList<>();
        headerRow(cells, "时间", "审核人", "单元格", "原值 → 新值", "类型", "备注");
        int row = 1;
        for (Correction c : facts.reviewed().history()) {
            String[] texts = {ExportTexts.dateTime(c.at()), ExportTexts.orEmpty(c.examiner()),
                    facts.labels().location(c.ref()), shown(c, c.oldRaw()) + " → " + shown(c, c.newRaw()),
                    ExportTexts.correctionKind(c.kind()), ExportTexts.orEmpty(c.note())};
            for (int k = 0; k < texts.length; k++) {
                cells.add(new PdfCell(row, k, 1, 1, texts[k], null, false, null, k == 3 || k == 4, false));
            }
            row++;
        }
        return new PdfTable(cells, new double[]{1.3, 0.9, 3.0, 1.4, 0.9, 2.5}, row, 1, LIST_SIZE);
    }

    private String shown(Correction c, String raw) {
        return ValueText.shown(Cell.read(c.ref(), raw == null ? "" : raw, null), facts.kind(c.ref()));
    }

    private static void headerRow(List<PdfCell> cells, String... texts) {
        for (int k = 0; k < texts.length; k++) {
            cells.add(new PdfCell(0, k, 1, 1, texts[k], null, true, HEADER, true, false));
        }
    }
}
