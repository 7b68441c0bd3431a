package nianbao.check;

import nianbao.check.NarrativeClaims.Claim;
import nianbao.format.Formats;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** narrative.mismatch: a number stated in the running text that contradicts the tables. */
public final class NarrativeRule implements Rule {
    public static final String ID = "narrative.mismatch";
    private static final String REVIEW_TABLE = Formats.REVIEW_LITIGATION;
    private static final List<String> LITIGATION_ROWS =
            List.of(Formats.LITIGATION_DIRECT, Formats.LITIGATION_AFTER_REVIEW);

    @Override
    public void check(Report report, List<Finding> out) {
        if (report.narrative().isEmpty()) {
            return;
        }
        for (Claim claim : NarrativeClaims.extract(report.narrative())) {
            switch (claim.kind()) {
                case RECEIVED -> received(report, claim, out);
                case HANDLED -> count(report, claim, Formats.requestCell(Formats.TOTAL, Formats.TOTAL), out);
                case CARRIED_OVER ->
                        count(report, claim, Formats.requestCell(Formats.CARRIED_OVER, Formats.TOTAL), out);
                case CARRIED_FORWARD ->
                        count(report, claim, Formats.requestCell(Formats.CARRIED_FORWARD, Formats.TOTAL), out);
                case REVIEW -> count(report, claim, Formats.reviewCell(Formats.REVIEW, Formats.TOTAL), out);
                case NORMATIVE_ISSUED ->
                        count(report, claim, new CellRef(Formats.ACTIVE, "normative_documents", "issued"), out);
                case LITIGATION -> litigation(report, claim, out);
                case NO_REVIEW -> absence(report, claim, List.of(Formats.REVIEW), Formats.REVIEW, out);
                case NO_LITIGATION -> absence(report, claim, LITIGATION_ROWS, null, out);
                case NO_REVIEW_OR_LITIGATION -> absence(report, claim,
                        List.of(Formats.REVIEW, Formats.LITIGATION_DIRECT, Formats.LITIGATION_AFTER_REVIEW), null, out);
            }
        }
    }

    /** 新收/收到/受理 申请 N 件: N may be 一 alone or 一 + 二. */
    private static void received(Report report, Claim claim, List<Finding> out) {
        CellRef newRef = Formats.requestCell(Formats.NEW_RECEIVED, Formats.TOTAL);
        Terms fresh = Terms.of(report.tables(), List.of(newRef));
        if (fresh == null || same(claim, fresh)) {
            return;
        }
        Terms withCarried = Terms.of(report.tables(),
                List.of(newRef, Formats.requestCell(Formats.CARRIED_OVER, Formats.TOTAL)));
        if (withCarried != null && same(claim, withCarried)) {
            return;
        }
        String message = said(claim) + "，表格为" + fresh.sum().toPlainString() + "件（"
                + place(report, newRef)
                + (withCarried == null ? "" : "；" + withCarried.describe("一+二")) + "）"
                + Terms.blankNote(withCarried != null ? withCarried.hasBlank() : fresh.hasBlank());
        out.add(new Finding(ID, Severity.WARNING, Formats.REQUESTS, Formats.NEW_RECEIVED, Formats.TOTAL,
                message, withCarried == null ? fresh.refs() : withCarried.refs()));
    }

    /** A statement about one cell. */
    private static void count(Report report, Claim claim, CellRef ref, List<Finding> out) {
        Terms table = Terms.of(report.tables(), List.of(ref));
        if (table == null || same(claim, table)) {
            return;
        }
        String message = said(claim) + "，表格为" + table.sum().toPlainString() + "件（"
                + place(report, ref) + "）" + Terms.blankNote(table.hasBlank());
        out.add(new Finding(ID, Severity.WARNING, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
    }

    /** 行政诉讼 N 件 against both litigation totals. */
    private static void litigation(Report report, Claim claim, List<Finding> out) {
        List<CellRef> refs = new ArrayList<>();
        for (String row : LITIGATION_ROWS) {
            refs.add(new CellRef(REVIEW_TABLE, row, Formats.TOTAL));
        }
        Terms table = Terms.of(report.tables(), refs);
        if (table == null || same(claim, table)) {
            return;
        }
        String message = said(claim) + "，表格为" + table.sum().toPlainString() + "件（"
                + table.describe("未经复议直接起诉总计+复议后起诉总计") + "）" + Terms.blankNote(table.hasBlank());
        out.add(new Finding(ID, Severity.WARNING, REVIEW_TABLE, null, null, message, table.refs()));
    }

    /** 未引起行政复议或行政诉讼: every cell of the rows named must be 0 or blank. */
    private static void absence(Report report, Claim claim, List<String> rows, String findingRow,
                                List<Finding> out) {
        Tables tables = report.tables();
        List<CellRef> nonZero = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (String row : rows) {
            for (Cell cell : tables.row(REVIEW_TABLE, row).values()) {
                BigDecimal value = cell.arithmeticValue();
                if (value == null) {
                    return;
                }
                if (value.signum() != 0) {
                    nonZero.add(cell.ref());
                    shown.append(shown.length() == 0 ? "" : "，")
                            .append(Specs.cellLabel(report, REVIEW_TABLE, row, cell.ref().column()))
                            .append(" = ").append(value.toPlainString());
                }
            }
        }
        if (nonZero.isEmpty()) {
            return;
        }
        String message = "正文称“" + claim.excerpt() + "”，表格四却不为0：" + shown;
        out.add(new Finding(ID, Severity.WARNING, REVIEW_TABLE, findingRow, findingRow == null ? null : Formats.TOTAL,
                message, nonZero));
    }

    /** Where a number sits in a table: {@code （七）总计，总计列}. */
    private static String place(Report report, CellRef ref) {
        return Specs.rowLabel(report, ref.table(), ref.row()) + "，"
                + Specs.columnLabel(report, ref.table(), ref.row(), ref.column()) + "列";
    }

    private static boolean same(Claim claim, Terms table) {
        return claim.value().compareTo(table.sum()) == 0;
    }

    private static String said(Claim claim) {
        return "正文称“" + claim.excerpt() + "”（" + claim.value().toPlainString() + "件）";
    }
}
