package nianbao.parse.roundtrip;

import java.util.List;
import java.util.Random;

/** Writes a whole annual report as plain text in one layout seen in real text extractions. */
interface LayoutWriter {

    default String name() {
        return getClass().getSimpleName();
    }

    /** Whether this layout can show a blank cell so that its place is provable (pipes, tabs, one cell per line). */
    default boolean provesBlanks() {
        return false;
    }

    /**
     * Whether the layout drops blank cells without a trace (text copied without layout): then only the form's sums
     * can place a row's values, and a value they cannot place must be flagged uncertain.
     */
    default boolean losesBlanks() {
        return false;
    }

    /** Whether the layout writes reports on the 2019 trial format. */
    default boolean trialFormat() {
        return false;
    }

    /** The report text; {@code rnd} only chooses among the layout's own variations (wrapping, artefacts). */
    String write(GeneratedReport report, Random rnd);

    /** Every layout, in seed order; the text layouts also on the 2019 format (pdftotext's columns are 2021's). */
    static List<LayoutWriter> all() {
        List<LayoutWriter> all = new java.util.ArrayList<>(List.of(new PdfTextWrappedLayout(), new WebPipeLayout(),
                new TabLayout(), new WordCellPerLineLayout(), new ReflowedPdfLayout(), new PdftotextLayout(),
                new CopyPasteLayout()));
        List.of(new PdfTextWrappedLayout(), new WebPipeLayout(), new TabLayout(), new WordCellPerLineLayout(),
                new ReflowedPdfLayout(), new CopyPasteLayout()).forEach(l -> all.add(new TrialFormatLayout(l)));
        all.addAll(WebPageLayout.all());
        all.addAll(MarkdownConverterLayout.all());
        return List.copyOf(all);
    }
}
