package nianbao.store;

import nianbao.extract.Extractors;
import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.parse.ReportParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A parsed report comes back from its bytes exactly: every field, every cell with its provenance, in order. */
class ParsedReportCodecTest {
    private static final Path CORPUS = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"));

    @Test
    void everyCorpusReportOfEveryKindComesBackExactly() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            documents = files.filter(f -> f.toString().matches(".*\\.(txt|pdf|docx|html)$")).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThan(30);
        for (Path document : documents) {
            Report parsed = new ReportParser().parse(Extractors.read(document), document.getFileName().toString());
            assertSame(ParsedReportCodec.decode(ParsedReportCodec.encode(parsed)), parsed);
        }
    }

    @Test
    void nullsLoneSurrogatesAndRowlessTablesSurvive() {
        Report odd = new Report(null, "txt", null, null, null,
                nianbao.model.Tables.builder().table("active").build(), List.of(), List.of(),
                List.of("本年新制作数量"), "坏\ud800字");
        Report back = ParsedReportCodec.decode(ParsedReportCodec.encode(odd));
        assertSame(back, odd);
        assertThat(back.tables().tableKeys()).containsExactly("active");
    }

    @Test
    void damagedOrForeignBytesDecodeToNothing() {
        byte[] good = ParsedReportCodec.encode(StoreFixtures.report("a.txt"));
        byte[] otherVersion = good.clone();
        otherVersion[0] = 99;
        assertThat(ParsedReportCodec.decode(otherVersion)).isNull();
        assertThat(ParsedReportCodec.decode(java.util.Arrays.copyOf(good, good.length - 3))).isNull();
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertThat(ParsedReportCodec.decode(longer)).isNull();
        assertThat(ParsedReportCodec.decode(new byte[0])).isNull();
    }

    private static void assertSame(Report back, Report parsed) {
        assertThat(back).as(parsed.file()).isNotNull();
        assertThat(back.file()).isEqualTo(parsed.file());
        assertThat(back.sourceFormat()).isEqualTo(parsed.sourceFormat());
        assertThat(back.organ()).isEqualTo(parsed.organ());
        assertThat(back.year()).isEqualTo(parsed.year());
        assertThat(back.template()).isEqualTo(parsed.template());
        assertThat(back.sections()).isEqualTo(parsed.sections());
        assertThat(back.narrative()).isEqualTo(parsed.narrative());
        assertThat(back.formatMarkers()).isEqualTo(parsed.formatMarkers());
        assertThat(back.text()).isEqualTo(parsed.text());
        assertThat(back.tables().tableKeys()).containsExactlyElementsOf(parsed.tables().tableKeys());
        assertThat(cells(back)).as(parsed.file()).containsExactlyElementsOf(cells(parsed));
    }

    private static List<Cell> cells(Report report) {
        List<Cell> out = new ArrayList<>();
        report.tables().cells().forEach(out::add);
        return out;
    }
}
