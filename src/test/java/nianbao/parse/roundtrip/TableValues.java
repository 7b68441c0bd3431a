package nianbao.parse.roundtrip;

import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Generated table contents as printed: table → row → column → text ("" for a blank cell), in format order. */
record TableValues(Map<String, Map<String, Map<String, String>>> tables) {

    String get(String table, String row, String column) {
        return tables.get(table).get(row).get(column);
    }

    /** Whether these are tables of the 2019 trial format (its single （六）其他处理 row). */
    boolean trial() {
        return tables.get(Formats.REQUESTS).containsKey("other");
    }

    FormatSpec format() {
        return trial() ? Formats.v2019() : Formats.v2021();
    }

    /** The printed values of one row in the column order of its format. */
    List<String> row(String table, String row) {
        RowSpec spec = format().table(table).row(row);
        List<String> out = new ArrayList<>();
        for (String column : spec.columnKeys()) {
            out.add(get(table, row, column));
        }
        return out;
    }

    /** The 15 values of table 四 in printed order: 复议, 直接起诉, 复议后起诉, each 维持/纠正/其他/尚未/总计. */
    List<String> reviewLine() {
        List<String> out = new ArrayList<>();
        for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
            out.addAll(row(Formats.REVIEW_LITIGATION, row));
        }
        return out;
    }

    /** A cell read as a number, a blank counting 0 (for narrative sentences). */
    long number(String table, String row, String column) {
        String v = get(table, row, column);
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }
}
