package nianbao.check;

import nianbao.format.Formats;
import nianbao.model.CellRef;

/** The keys of table 三 (requests) that the carried-forward note reads: 一, 二, （七）总计 and 四. */
final class RequestRows {
    static final String TABLE = Formats.REQUESTS;
    static final String NEW_RECEIVED = "new_received";
    static final String CARRIED_OVER = "carried_over";
    static final String TOTAL = Formats.TOTAL;
    static final String CARRIED_FORWARD = "carried_forward";

    private RequestRows() {
    }

    static CellRef ref(String row, String column) {
        return new CellRef(TABLE, row, column);
    }
}
