package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates random, arithmetically valid 2021-format tables (every 勾稽关系 holds) from a seeded Random. */
final class RandomTables {
    private static final List<String> APPLICANTS = Formats.APPLICANT_COLUMNS;

    private RandomTables() {
    }

    /**
     * @param blanks whether zeros may be printed as blank cells (each zero independently, at a rate drawn per report)
     */
    static TableValues generate(Random rnd, boolean blanks) {
        Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
        tables.put(Formats.ACTIVE, active(rnd));
        tables.put(Formats.REQUESTS, requests(rnd));
        tables.put(Formats.REVIEW_LITIGATION, reviewLitigation(rnd));
        if (blanks) {
            double rate = new double[]{0.3, 0.7, 1.0}[rnd.nextInt(3)];
            tables.values().forEach(rows -> rows.values().forEach(cols -> cols.replaceAll(
                    (k, v) -> v.equals("0") && rnd.nextDouble() < rate ? "" : v)));
        }
        return new TableValues(tables);
    }

    /** Random valid tables of the 2019 trial format: its table 二, and table 三 with the single （六）其他处理 row. */
    static TableValues generate2019(Random rnd, boolean blanks) {
        TableValues t = generate(rnd, false);
        Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
        tables.put(Formats.ACTIVE, active2019(rnd));
        Map<String, Map<String, String>> requests = new LinkedHashMap<>();
        Map<String, String> other = new LinkedHashMap<>();
        t.tables().get(Formats.REQUESTS).forEach((row, cols) -> {
            if (!row.startsWith("other.")) {
                requests.put(row, cols);
            } else {
                cols.forEach((c, v) -> other.merge(c, v, (a, b) -> String.valueOf(Long.parseLong(a) + Long.parseLong(b))));
            }
            if (row.equals("not_processed.confirm")) {
                requests.put("other", other);
            }
        });
        tables.put(Formats.REQUESTS, requests);
        tables.put(Formats.REVIEW_LITIGATION, t.tables().get(Formats.REVIEW_LITIGATION));
        if (blanks) {
            tables.values().forEach(rows -> rows.values().forEach(cols -> cols.replaceAll(
                    (k, v) -> v.equals("0") && rnd.nextDouble() < 0.5 ? "" : v)));
        }
        return new TableValues(tables);
    }

    private static Map<String, Map<String, String>> active2019(Random rnd) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String row : List.of("rules", "normative_documents")) {
            int made = row.equals("rules") ? 0 : rnd.nextInt(15);
            Map<String, String> r = new LinkedHashMap<>();
            r.put("made", String.valueOf(made));
            r.put("published", String.valueOf(made));
            r.put("total_public", String.valueOf(made + rnd.nextInt(90)));
            rows.put(row, r);
        }
        for (String row : List.of("licensing", "other_services", "penalty", "coercion")) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("prev_items", String.valueOf(rnd.nextInt(600)));
            r.put("change", String.valueOf(rnd.nextInt(21) - 8));
            r.put("decisions", String.valueOf(decisions(rnd)));
            rows.put(row, r);
        }
        Map<String, String> fees = new LinkedHashMap<>();
        fees.put("prev_items", String.valueOf(rnd.nextInt(30)));
        fees.put("change", String.valueOf(rnd.nextInt(5) - 3));
        rows.put("fees", fees);
        Map<String, String> procurement = new LinkedHashMap<>();
        procurement.put("items", String.valueOf(rnd.nextInt(60)));
        procurement.put("amount", (1 + rnd.nextInt(9000)) + "." + rnd.nextInt(10) + "万元");
        rows.put("procurement", procurement);
        return rows;
    }

    private static Map<String, Map<String, String>> active(Random rnd) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        boolean rules = rnd.nextInt(5) == 0;
        rows.put("rules", documents(rnd, rules ? 3 : 0, rules ? 10 : 0));
        rows.put("normative_documents", documents(rnd, 16, 80));
        for (String row : List.of("licensing", "penalty", "coercion")) {
            rows.put(row, cells("decisions", String.valueOf(decisions(rnd))));
        }
        rows.put("fees", cells("amount", fee(rnd)));
        return rows;
    }

    private static Map<String, String> documents(Random rnd, int maxIssued, int maxStock) {
        int issued = rnd.nextInt(maxIssued + 1);
        int repealed = rnd.nextInt(maxIssued / 2 + 1);
        int inForce = issued + rnd.nextInt(maxStock + 1);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("issued", String.valueOf(issued));
        row.put("repealed", String.valueOf(repealed));
        row.put("in_force", String.valueOf(inForce));
        return row;
    }

    private static int decisions(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 1 + rnd.nextInt(99);
            case 2, 3 -> 100 + rnd.nextInt(9900);
            default -> 10_000 + rnd.nextInt(50_000);
        };
    }

    /** A fee in 万元 as printed: "0", an integer, or 1, 2 or 4 decimals ("134.08", "96.6252"). */
    private static String fee(Random rnd) {
        int kind = rnd.nextInt(5);
        if (kind == 0) {
            return "0";
        }
        int scale = new int[]{0, 1, 2, 4}[kind - 1];
        long unscaled = 1 + (long) (rnd.nextDouble() * Math.pow(10, scale + 3));
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }

    private static Map<String, Map<String, String>> requests(Random rnd) {
        List<RowSpec> specs = Formats.v2021().table(Formats.REQUESTS).rows();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        specs.forEach(spec -> rows.put(spec.key(), new LinkedHashMap<>()));
        int[] scale = {pick(rnd, 0, 5, 20, 120), pick(rnd, 0, 0, 4, 12), pick(rnd, 0, 0, 0, 3),
                pick(rnd, 0, 0, 0, 3), pick(rnd, 0, 0, 2, 5), pick(rnd, 0, 0, 0, 4)};
        for (int c = 0; c < APPLICANTS.size(); c++) {
            long handled = 0;
            for (RowSpec spec : specs) {
                if (spec.leaf()) {
                    boolean common = spec.key().equals("granted") || spec.key().equals("partially_granted")
                            || spec.key().equals("unable.not_held");
                    long v = rnd.nextDouble() < (common ? 0.6 : 0.15) ? rnd.nextInt(scale[c] + 1) : 0;
                    handled += v;
                    rows.get(spec.key()).put(APPLICANTS.get(c), String.valueOf(v));
                }
            }
            long forward = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : 0;
            long over = rnd.nextInt(3) == 0 ? rnd.nextInt((int) Math.min(3, handled + forward) + 1) : 0;
            put(rows, "total", c, handled);
            put(rows, "carried_forward", c, forward);
            put(rows, "carried_over", c, over);
            put(rows, "new_received", c, handled + forward - over);
        }
        Map<String, Map<String, String>> ordered = new LinkedHashMap<>();
        for (RowSpec spec : specs) {
            Map<String, String> row = new LinkedHashMap<>();
            long sum = 0;
            for (String col : APPLICANTS) {
                row.put(col, rows.get(spec.key()).get(col));
                sum += Long.parseLong(row.get(col));
            }
            row.put(Formats.TOTAL, String.valueOf(sum));
            ordered.put(spec.key(), row);
        }
        return ordered;
    }

    private static int pick(Random rnd, int... choices) {
        return choices[rnd.nextInt(choices.length)];
    }

    private static void put(Map<String, Map<String, String>> rows, String row, int column, long value) {
        rows.get(row).put(APPLICANTS.get(column), String.valueOf(value));
    }

    private static Map<String, Map<String, String>> reviewLitigation(Random rnd) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String key : List.of("review", "litigation_direct", "litigation_after_review")) {
            boolean any = rnd.nextInt(5) < 2;
            Map<String, String> row = new LinkedHashMap<>();
            int sum = 0;
            for (String part : Formats.REVIEW_PARTS) {
                int v = any ? rnd.nextInt(part.equals("upheld") ? 7 : 3) : 0;
                sum += v;
                row.put(part, String.valueOf(v));
            }
            row.put(Formats.TOTAL, String.valueOf(sum));
            rows.put(key, row);
        }
        return rows;
    }

    private static Map<String, String> cells(String column, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(column, value);
        return row;
    }
}
