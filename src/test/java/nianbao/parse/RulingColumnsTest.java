package nianbao.parse;

import nianbao.extract.Extractors;
import nianbao.extract.Ruling;
import nianbao.extract.SourceDocument;
import nianbao.model.Box;
import nianbao.model.CellText;
import nianbao.model.Report;
import nianbao.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's vertical lines prove where each value of a row sits and which cells are blank. */
class RulingColumnsTest {
    private static final Path CORPUS = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"));

    @Test
    void valuesArePlacedInTheRulingCellTheySitIn() {
        List<Ruling> rulings = verticalLines(1, 100, 200, 50, 60, 70, 80, 90, 100, 110, 120);
        Token label = token("1.属于国家秘密", 30);
        List<Token> values = List.of(token("3", 55), token("1", 85), token("4", 115));

        Placement placement = RulingColumns.place(values, label, rulings, 7);

        assertThat(placement).isNotNull();
        assertThat(placement.columns()).containsExactly(0, 3, 6);
        assertThat(placement.doubts()).containsOnlyNulls();
    }

    @Test
    void withoutRulingNothingIsProven() {
        Token label = token("1.属于国家秘密", 30);
        assertThat(RulingColumns.place(List.of(token("3", 55)), label, List.of(), 7)).isNull();
    }

    @Test
    void linesThatDoNotCrossTheRowProveNothing() {
        List<Ruling> elsewhere = verticalLines(1, 300, 400, 50, 60, 70, 80, 90, 100, 110, 120);
        Token label = token("1.属于国家秘密", 30);
        assertThat(RulingColumns.place(List.of(token("3", 55)), label, elsewhere, 7)).isNull();
    }

    @Test
    void aValueOutsideTheValueColumnsIsNotForcedIn() {
        List<Ruling> rulings = verticalLines(1, 100, 200, 50, 60, 70);
        Token label = token("规章", 30);
        assertThat(RulingColumns.place(List.of(token("9", 40)), label, rulings, 2)).isNull();
    }

    @Test
    void wordTablesInPdfCarryTheirRulingThroughExtraction() throws Exception {
        SourceDocument doc = Extractors.read(CORPUS.resolve("generated/qinchuan-agriculture-2024.pdf"));
        assertThat(doc.rulings()).isNotEmpty();
        Report report = new ReportParser().parse(doc, "qinchuan.pdf");
        assertThat(report.tables().cell("requests", "new_received", "research").isBlank()).isTrue();
        assertThat(report.tables().cell("requests", "new_received", "research").uncertain()).isFalse();
        assertThat(report.tables().cell("review_litigation", "review", "upheld").number()).isEqualByComparingTo("1");
    }

    private static List<Ruling> verticalLines(int page, double top, double bottom, double... xs) {
        return java.util.Arrays.stream(xs).mapToObj(x -> new Ruling(page, x, top, bottom)).toList();
    }

    private static Token token(String text, double centerX) {
        Box box = new Box(1, centerX - 2, 145, 4, 10);
        return new Token(text, CellText.kind(text), new Span(0, text.length()), 0, -1, centerX, LineLayout.ALIGNED, box);
    }
}
