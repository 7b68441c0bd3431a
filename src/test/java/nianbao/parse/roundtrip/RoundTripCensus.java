package nianbao.parse.roundtrip;

import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.parse.ReportParser;

import java.math.BigDecimal;

/**
 * Counts, per layout, how many generated cells come back exactly, how many are flagged uncertain or inferred, and how
 * many come back wrong without a flag, over valid tables and over tables with wrong printed sums. A report for the
 * closing note of a reading change, not a test: run its main with the test classpath (README, "Round trips"); a second
 * argument {@code 2019} writes every layout on the 2019 trial format.
 */
public final class RoundTripCensus {
    private RoundTripCensus() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        System.out.printf("%-34s %8s %8s %9s %9s %8s%n", "layout", "cells", "exact", "uncertain", "inferred",
                "silent");
        boolean trial = args.length > 1 && args[1].equals("2019");
        java.util.Set<String> names = new java.util.HashSet<>();
        LayoutWriter.all().forEach(l -> names.add(l.name()));
        for (LayoutWriter each : LayoutWriter.all()) {
            LayoutWriter layout = trial && !each.trialFormat() ? new TrialFormatLayout(each) : each;
            if (layout != each && names.contains(layout.name())) {
                continue;
            }
            long cells = 0;
            long exact = 0;
            long uncertain = 0;
            long inferred = 0;
            long silent = 0;
            for (long seed = 1; seed <= seeds; seed++) {
                RoundTripCase c;
                try {
                    c = RoundTripCase.of(seed, layout);
                } catch (RuntimeException e) {
                    System.out.printf("%-34s cannot write this format (%s)%n", layout.name(), e);
                    break;
                }
                Report report = new ReportParser().parse(RoundTripCase.read(c.text()), "census");
                TableValues expected = c.report().tables();
                for (var table : expected.tables().entrySet()) {
                    for (var row : table.getValue().entrySet()) {
                        for (var column : row.getValue().entrySet()) {
                            cells++;
                            Cell got = report.tables().cell(table.getKey(), row.getKey(), column.getKey());
                            boolean right = got != null && same(column.getValue(), got);
                            exact += right ? 1 : 0;
                            uncertain += got != null && got.uncertain() ? 1 : 0;
                            inferred += got != null && got.inferred() ? 1 : 0;
                            silent += !right && got != null && !got.uncertain() && !got.isText() ? 1 : 0;
                        }
                    }
                }
            }
            if (cells == 0) {
                continue;
            }
            System.out.printf("%-34s %8d %7.2f%% %9d %9d %8d%n", layout.name(), cells, 100.0 * exact / cells,
                    uncertain, inferred, silent);
        }
    }

    private static boolean same(String want, Cell got) {
        if (want.isEmpty()) {
            return got.isBlank();
        }
        if (!want.matches("-?\\d+(\\.\\d+)?")) {
            return got.raw() != null && got.raw().replaceAll("\\s", "").equals(want);
        }
        return got.isNumber() && got.number().compareTo(new BigDecimal(want)) == 0;
    }
}
