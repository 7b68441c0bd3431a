package nianbao.export;

import nianbao.model.CellRef;
import nianbao.model.ReviewedReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV of seed 004 has a byte-order mark, one line per cell and round-trips through an RFC 4180 reader. */
class CsvWriterTest {
    private static ReviewedReport reviewed;
    private static byte[] bytes;
    private static List<List<String>> records;

    @BeforeAll
    static void export(@TempDir Path dir) throws Exception {
        reviewed = ExportFixtures.reviewed();
        Path csv = dir.resolve("audit.csv");
        new CsvWriter().write(reviewed, csv);
        bytes = Files.readAllBytes(csv);
        records = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void startsWithTheUtf8ByteOrderMark() {
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    }

    @Test
    void hasAHeaderAndOneLinePerCell() {
        assertThat(records.get(0)).isEqualTo(CsvWriter.HEADER);
        int cells = 0;
        for (var ignored : reviewed.current().tables().cells()) {
            cells++;
        }
        assertThat(records).hasSize(1 + cells);
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(CsvWriter.HEADER.size()));
    }

    @Test
    void roundTripsParsedAndCorrectedValues() {
        List<String> repealed = find(ExportFixtures.RULES_REPEALED);
        assertThat(repealed.subList(3, 8)).containsExactly("规章", "本年废止件数", "-1", "0",
                "报告印刷为 -1，废止件数不能为负，按 0 计");
        List<String> fee = find(ExportFixtures.FEE);
        assertThat(fee.subList(5, 7)).containsExactly("96.6252", "96.6260");
        List<String> secret = find(new CellRef("requests", "denied.state_secret", "natural_person"));
        assertThat(secret.subList(3, 8)).containsExactly("（三）不予公开 1.属于国家秘密", "自然人", "0", "", "");
        List<String> received = find(new CellRef("requests", "new_received", "total"));
        assertThat(received.get(5)).isEqualTo("58");
    }

    @Test
    void quotesFieldsPerRfc4180() {
        assertThat(CsvWriter.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quoted("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(CsvWriter.quoted("两行\n文字")).isEqualTo("\"两行\n文字\"");
        assertThat(CsvWriter.quoted("规章")).isEqualTo("规章");
        assertThat(parse("\"a,b\",\"x\"\"y\",\"1\r\n2\",\r\nz,,\r\n"))
                .containsExactly(List.of("a,b", "x\"y", "1\r\n2", ""), List.of("z", "", ""));
    }

    private static List<String> find(CellRef ref) {
        return records.stream()
                .filter(r -> r.get(0).equals(ref.table()) && r.get(1).equals(ref.row())
                        && r.get(2).equals(ref.column()))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + ref));
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; lines end in CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
