package nianbao.check;

import nianbao.format.Formats;
import nianbao.model.CellRef;
import nianbao.model.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The keys and short names of table 三 (requests) that its equations use: 一, 二, （七）总计, 四 and the leaf rows. */
final class RequestRows {
    static final String TABLE = Formats.REQUESTS;
    static final String NEW_RECEIVED = "new_received";
    static final String CARRIED_OVER = "carried_over";
    static final String TOTAL = Formats.TOTAL;
    static final String CARRIED_FORWARD = "carried_forward";

    static final String SHORT_NEW_RECEIVED = "一";
    static final String SHORT_CARRIED_OVER = "二";
    static final String SHORT_TOTAL = "（七）总计";
    static final String SHORT_CARRIED_FORWARD = "四";

    /** The six applicant columns, then 总计. */
    static final List<String> COLUMNS = columns();

    private static final Set<String> NOT_LEAVES = Set.of(NEW_RECEIVED, CARRIED_OVER, TOTAL, CARRIED_FORWARD);

    private RequestRows() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Formats.APPLICANT_COLUMNS);
        columns.add(Formats.TOTAL);
        return List.copyOf(columns);
    }

    /**
     * The rows that count toward （七）总计 as the report has them: every row of table 三 except 一, 二, （七）总计 and
     * 四 (so a report with the single old row （六）其他处理 is summed as printed).
     */
    static List<String> leafRows(Tables tables) {
        List<String> leaves = new ArrayList<>();
        for (String row : tables.rowKeys(TABLE)) {
            if (!NOT_LEAVES.contains(row)) {
                leaves.add(row);
            }
        }
        return leaves;
    }

    static CellRef ref(String row, String column) {
        return new CellRef(TABLE, row, column);
    }
}
