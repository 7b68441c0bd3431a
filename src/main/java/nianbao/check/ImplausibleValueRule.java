package nianbao.check;

import nianbao.format.Formats;
import nianbao.format.Labels;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * value.implausible (info): a 规章 count other than 0 from a body that cannot make 规章 (a county, township or
 * district, or a department or office), and a 行政事业性收费 amount written in 元 where the column asks for 万元.
 */
public final class ImplausibleValueRule implements Rule {
    public static final String ID = "value.implausible";

    /** State Council ministries and agencies may make 部门规章. */
    private static final Pattern NATIONAL = Pattern.compile("^(国务院|国家|中华人民共和国|海关总署|中国人民银行)");
    /** A government below the level of a 设区的市: county, banner, township, district (but not an 自治区). */
    private static final Pattern LOCAL_GOVERNMENT =
            Pattern.compile("(县|旗|镇|乡|苏木|街道|(?<!自治)区)(人民)?政府$");
    private static final Pattern GOVERNMENT = Pattern.compile("政府$");

    @Override
    public void check(Report report, List<Finding> out) {
        checkRules(report, out);
        checkFee(report, out);
    }

    private static void checkRules(Report report, List<Finding> out) {
        String kind = organKind(report.organ());
        if (kind == null) {
            return;
        }
        Map<String, Cell> row = report.tables().row(Formats.ACTIVE, "rules");
        for (Cell cell : row.values()) {
            if (!cell.isNumber() || cell.number().signum() == 0) {
                continue;
            }
            CellRef ref = cell.ref();
            String message = Specs.cellLabel(report, ref.table(), ref.row(), ref.column()) + " 为 "
                    + cell.number().toPlainString() + "：" + report.organ().strip() + " 是" + kind
                    + "，一般无权制定规章，请核对";
            out.add(new Finding(ID, Severity.INFO, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
        }
    }

    /** What kind of body that cannot make 规章 the organ is, or null when it may (or is unknown). */
    static String organKind(String organ) {
        if (organ == null || organ.isBlank()) {
            return null;
        }
        String name = Labels.normalize(organ);
        if (NATIONAL.matcher(name).find()) {
            return null;
        }
        if (LOCAL_GOVERNMENT.matcher(name).find()) {
            return "县、乡镇或区一级政府";
        }
        return GOVERNMENT.matcher(name).find() ? null : "政府部门、办事机构或派出机关";
    }

    private static void checkFee(Report report, List<Finding> out) {
        Cell cell = report.tables().cell(Formats.ACTIVE, "fees", "amount");
        if (cell == null || cell.raw() == null || !cell.raw().contains("元") || cell.raw().contains("万元")) {
            return;
        }
        CellRef ref = cell.ref();
        String message = Specs.cellLabel(report, ref.table(), ref.row(), ref.column()) + " 写作“"
                + cell.raw().strip() + "”：金额单位应为万元，请核对是否按元填写";
        out.add(new Finding(ID, Severity.INFO, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
    }
}
