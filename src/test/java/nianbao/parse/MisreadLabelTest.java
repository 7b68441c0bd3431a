package nianbao.parse;

import nianbao.extract.SourceDocument;
import nianbao.model.Cell;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** A row found only by a label with a character misread (as OCR leaves one) is placed, and says so. */
class MisreadLabelTest {
    @Test
    void aRowFoundByAMisreadLabelKeepsItsValuesAndIsMarkedAsInferred() throws Exception {
        String text = Files.readString(nianbao.golden.Corpus.seed("000"), StandardCharsets.UTF_8);
        assertThat(text).contains("上年结转政府信息公开申请数量");
        Report printed = parse(text);
        Report misread = parse(text.replace("上年结转政府信息公开申请数量", "上牟结转政府信息公开申请数量"));

        for (Cell cell : printed.tables().row("requests", "carried_over").values()) {
            Cell read = misread.tables().cell(cell.ref());
            assertThat(read.number()).as(cell.ref().toString()).isEqualTo(cell.number());
            assertThat(read.inferred()).as(cell.ref().toString()).isTrue();
            assertThat(read.inference()).isEqualTo(RowWriter.MISREAD_LABEL);
        }
        assertThat(misread.tables().row("requests", "new_received").values()).noneMatch(Cell::inferred);
    }

    private static Report parse(String text) throws Exception {
        return new ReportParser().parse(SourceDocument.ofText("txt", text), "seed.txt");
    }
}
