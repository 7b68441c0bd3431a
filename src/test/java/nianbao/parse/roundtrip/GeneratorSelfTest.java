package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.Labels;
import nianbao.format.RowSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the round trip's own generator and writers (valid arithmetic, every heading and label written). */
class GeneratorSelfTest {
    private static final String Q = Formats.REQUESTS;

    @Test
    void generatedTablesSatisfyEveryArithmeticRule() {
        for (long seed = 1; seed <= 300; seed++) {
            TableValues t = GeneratedReport.random(new Random(seed), seed % 2 == 0).tables();
            List<RowSpec> rows = Formats.v2021().table(Q).rows();
            for (String c : Formats.v2021().table(Q).row("total").columnKeys()) {
                long leaves = rows.stream().filter(RowSpec::leaf).mapToLong(r -> t.number(Q, r.key(), c)).sum();
                assertThat(t.number(Q, "total", c)).as("seed %d total_rows %s", seed, c).isEqualTo(leaves);
                assertThat(t.number(Q, "new_received", c) + t.number(Q, "carried_over", c))
                        .as("seed %d balance %s", seed, c)
                        .isEqualTo(t.number(Q, "total", c) + t.number(Q, "carried_forward", c));
            }
            for (RowSpec r : rows) {
                long parts = Formats.APPLICANT_COLUMNS.stream().mapToLong(c -> t.number(Q, r.key(), c)).sum();
                assertThat(t.number(Q, r.key(), "total")).as("seed %d total_columns %s", seed, r.key()).isEqualTo(parts);
            }
            for (String r : List.of("review", "litigation_direct", "litigation_after_review")) {
                long parts = Formats.REVIEW_PARTS.stream().mapToLong(c -> t.number(Formats.REVIEW_LITIGATION, r, c)).sum();
                assertThat(t.number(Formats.REVIEW_LITIGATION, r, "total")).isEqualTo(parts);
            }
            String fee = t.get(Formats.ACTIVE, "fees", "amount");
            assertThat(fee.isEmpty() || new BigDecimal(fee).signum() >= 0).isTrue();
            if (seed % 2 == 1) {
                assertThat(t.tables().toString()).as("no blanks asked for").doesNotContain("=,").doesNotContain("=}");
            }
        }
    }

    @Test
    void everyLayoutWritesTheHeadingsTheTitleAndEveryRowLabel() {
        for (LayoutWriter layout : LayoutWriter.all()) {
            for (long seed = 1; seed <= 20; seed++) {
                RoundTripCase c = RoundTripCase.of(seed, layout);
                boolean converted = layout instanceof MarkdownConverterLayout;
                String text = layout instanceof WebPageLayout || converted ? read(c.text()) : c.text();
                String normalized = Labels.normalize(withoutValueLines(text));
                for (String heading : ReportText.headings()) {
                    assertThat(Arrays.stream(text.split("\n")).map(l -> l.replaceAll("^[#\\s]+", "").strip()))
                            .as("%s seed %d heading %s", layout.name(), seed, heading).contains(heading);
                }
                assertThat(normalized).as("title").contains(Labels.normalize(c.report().organ()));
                // a converter's Markdown may lose a label on purpose
                if (!(layout instanceof PdftotextLayout) && !converted) {
                    for (String table : List.of(Formats.ACTIVE, Q)) {
                        for (RowSpec row : c.report().tables().format().table(table).rows()) {
                            assertThat(normalized).as("%s seed %d label %s", layout.name(), seed, row.label())
                                    .contains(Labels.normalize(row.label()));
                        }
                    }
                }
                if (!layout.provesBlanks() && !layout.losesBlanks()) {
                    assertThat(c.report().tables().tables().toString()).doesNotContain("=,").doesNotContain("=}");
                }
            }
        }
    }

    /** A web page's text as its reader extracts it. */
    private static String read(String html) {
        try {
            return RoundTripCase.read(html).text();
        } catch (nianbao.model.BadInputException e) {
            throw new AssertionError(e);
        }
    }

    /** The text without lines that hold only values, so that labels wrapped around a values line join up again. */
    private static String withoutValueLines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.matches("[\\s\\d.|]*\\d[\\s\\d.|]*"))
                .collect(Collectors.joining("\n"));
    }
}
