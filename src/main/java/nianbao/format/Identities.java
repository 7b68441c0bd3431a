package nianbao.format;

import nianbao.model.CellRef;
import nianbao.model.FormatVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The arithmetic of the national form, as data: which cells must sum to which. Table 三: per column 一+二 = （七）总计+四
 * (the form's own 勾稽关系), per column （七）总计 = the leaf rows, per row 总计 = the six applicant columns; table 四:
 * per group 总计 = 结果维持+结果纠正+其他结果+尚未审结. Both the checks and the parser (to choose among the placements a
 * layout allows) read them from here.
 */
public final class Identities {
    public static final String BALANCE = "requests.balance";
    public static final String TOTAL_ROWS = "requests.total_rows";
    public static final String TOTAL_COLUMNS = "requests.total_columns";
    public static final String REVIEW_TOTAL = "review_litigation.total";

    /** The row key of the 2019 format's single （六）其他处理 row. */
    static final String SINGLE_OTHER = "other";

    private static final Map<String, List<Identity>> CACHE = new ConcurrentHashMap<>();

    private Identities() {
    }

    /**
     * The identities of a format, for table 三 with the 2021 sub-rows of （六）其他处理 or, when
     * {@code singleOtherRow}, with the 2019 format's single row (as some 2021-era reports still print it).
     */
    public static List<Identity> of(FormatVersion version, boolean singleOtherRow) {
        FormatSpec format = Formats.of(version);
        String key = format.version() + "/" + singleOtherRow;
        return CACHE.computeIfAbsent(key, k -> build(format, singleOtherRow));
    }

    /** The identities for a report whose table 三 has these row keys. */
    public static List<Identity> of(FormatVersion version, java.util.Set<String> requestRows) {
        return of(version, requestRows.contains(SINGLE_OTHER));
    }

    /** The rows of table 三 in the variant that the identities use. */
    public static List<RowSpec> requestRows(boolean singleOtherRow) {
        return (singleOtherRow ? Formats.v2019() : Formats.v2021()).table(Formats.REQUESTS).rows();
    }

    private static List<Identity> build(FormatSpec format, boolean singleOtherRow) {
        List<Identity> out = new ArrayList<>();
        TableSpec requests = format.table(Formats.REQUESTS);
        List<RowSpec> rows = requestRows(singleOtherRow);
        List<String> columns = new ArrayList<>(Formats.APPLICANT_COLUMNS);
        columns.add(Formats.TOTAL);
        for (String column : columns) {
            String label = requests.row(Formats.NEW_RECEIVED).column(column).label();
            out.add(new Identity(BALANCE, Formats.REQUESTS, null, column, label,
                    List.of(ref(Formats.NEW_RECEIVED, column), ref(Formats.CARRIED_OVER, column)), "一+二",
                    List.of(ref(Formats.TOTAL, column), ref(Formats.CARRIED_FORWARD, column)), "（七）总计+四", false));
        }
        for (String column : columns) {
            List<CellRef> leaves = rows.stream().filter(RowSpec::leaf).map(r -> ref(r.key(), column)).toList();
            String label = requests.row(Formats.TOTAL).column(column).label();
            out.add(new Identity(TOTAL_ROWS, Formats.REQUESTS, null, column, label,
                    List.of(ref(Formats.TOTAL, column)), "（七）总计", leaves, "（一）至（六）各项之和", true));
        }
        for (RowSpec row : rows) {
            List<CellRef> parts = Formats.APPLICANT_COLUMNS.stream().map(c -> ref(row.key(), c)).toList();
            out.add(new Identity(TOTAL_COLUMNS, Formats.REQUESTS, row.key(), Formats.TOTAL,
                    CellNames.row(format.version(), Formats.REQUESTS, row.key()),
                    List.of(ref(row.key(), Formats.TOTAL)), "总计", parts, "六类申请人之和", false));
        }
        TableSpec review = format.table(Formats.REVIEW_LITIGATION);
        for (RowSpec row : review.rows()) {
            List<CellRef> parts = Formats.REVIEW_PARTS.stream()
                    .map(c -> new CellRef(Formats.REVIEW_LITIGATION, row.key(), c)).toList();
            String names = String.join("+", Formats.REVIEW_PARTS.stream().map(c -> row.column(c).label()).toList());
            out.add(new Identity(REVIEW_TOTAL, Formats.REVIEW_LITIGATION, row.key(), Formats.TOTAL,
                    CellNames.row(format.version(), Formats.REVIEW_LITIGATION, row.key()),
                    List.of(new CellRef(Formats.REVIEW_LITIGATION, row.key(), Formats.TOTAL)),
                    row.column(Formats.TOTAL).label(), parts, names, false));
        }
        return List.copyOf(out);
    }

    private static CellRef ref(String row, String column) {
        return new CellRef(Formats.REQUESTS, row, column);
    }
}
