package nianbao.parse.roundtrip;

import nianbao.format.Labels;

import java.util.Random;

/**
 * One reproducible round-trip case: the seed fixes the tables (blank cells only on even seeds and only in layouts
 * that can show a blank provably) and, with the layout's name, every choice the layout makes.
 */
record RoundTripCase(long seed, LayoutWriter layout, GeneratedReport report, String text) {

    static RoundTripCase of(long seed, LayoutWriter layout) {
        boolean blanks = (layout.provesBlanks() || layout.losesBlanks()) && seed % 2 == 0;
        GeneratedReport report = layout.trialFormat() ? GeneratedReport.random2019(new Random(seed), blanks)
                : GeneratedReport.random(new Random(seed), blanks);
        String text = layout.write(report, new Random(seed * 31 + layout.name().hashCode()));
        return new RoundTripCase(seed, layout, report, text);
    }

    /** The written document as the readers see it: sniffed by its bytes (a web page, or text). */
    static nianbao.extract.SourceDocument read(String text) throws nianbao.model.BadInputException {
        return nianbao.extract.Extractors.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static LayoutWriter layout(String name) {
        return LayoutWriter.all().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layout " + name));
    }

    /**
     * Numbered lines from {@code before} lines ahead of the first line containing {@code from} (compared
     * normalised) to the first later line containing {@code to}, at most 60 lines.
     */
    String excerpt(String from, String to, int before) {
        String[] lines = text.split("\n", -1);
        int start = find(lines, from, 0);
        if (start < 0) {
            return "(\"" + from + "\" not found on one line)\n";
        }
        int end = find(lines, to, start + 1);
        end = Math.min(end < 0 ? lines.length - 1 : end, start + 59);
        StringBuilder sb = new StringBuilder();
        for (int j = Math.max(0, start - before); j <= end; j++) {
            sb.append(String.format("%3d| %s%n", j + 1, lines[j].replace("\t", "→")));
        }
        return sb.toString();
    }

    private static int find(String[] lines, String needle, int from) {
        String want = Labels.normalize(needle);
        for (int i = from; i < lines.length; i++) {
            if (Labels.normalize(lines[i]).contains(want)) {
                return i;
            }
        }
        return -1;
    }

    /** Seed, layout, how to rerun just this case, and the first 60 lines of the generated text. */
    String describe() {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder("seed=" + seed + " layout=" + layout.name()
                + " (rerun: -Droundtrip.seed=" + seed + " -Droundtrip.layout=" + layout.name() + ")\n"
                + "---- first 60 lines of the generated text (tabs shown as →) ----\n");
        for (int i = 0; i < Math.min(60, lines.length); i++) {
            sb.append(String.format("%3d| %s%n", i + 1, lines[i].replace("\t", "→")));
        }
        return sb.toString();
    }
}
