package nianbao.check;

import nianbao.format.RowSpec;
import nianbao.format.SectionSpec;
import nianbao.format.TableSpec;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Tables;

import java.util.List;

/**
 * structure.missing_row: a row of the report's format absent from a table (a table with no row at all is reported
 * once, with row null, rather than row by row; a table whose whole section is missing is left to
 * structure.missing_section).
 */
public final class MissingRowRule implements Rule {
    public static final String ID = "structure.missing_row";

    @Override
    public void check(Report report, List<Finding> out) {
        Tables tables = report.tables();
        for (TableSpec table : Specs.format(report).tables()) {
            String name = "表" + SectionSpec.NUMERALS[table.section()];
            if (tables.rowKeys(table.key()).isEmpty() && !MissingSectionRule.present(report, table.section())) {
                continue;
            }
            if (tables.rowKeys(table.key()).isEmpty()) {
                String message = "缺少" + name + "“" + Specs.format(report).sectionHeading(table.section()).orElse("") + "”的全部数据";
                out.add(new Finding(ID, Severity.ERROR, table.key(), null, null, message, List.of()));
                continue;
            }
            for (RowSpec row : table.rows()) {
                if (!tables.hasRow(table.key(), row.key())) {
                    String message = name + "缺少行“" + Specs.rowLabel(report, table.key(), row.key()) + "”";
                    out.add(new Finding(ID, Severity.ERROR, table.key(), row.key(), null, message, List.of()));
                }
            }
        }
    }

}
