package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.check.SeasonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** cli.md's season: folders with things that are not reports, reports compared across years, import, list. */
class SeasonCliTest {
    @TempDir
    Path dir;

    /** A folder with two years of one organ (the later one carrying over 1 where 2 were carried forward), a README
     * and a JSON file. */
    private Path season() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports/sub"));
        Files.writeString(dir.resolve("reports/anyang-2021.txt"), SeasonFixtures.sampleText(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("anyang-2022.txt"), SeasonFixtures.text2022("河南省安阳县人民政府",
                "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "行政规范性文件 3 1 11"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reports/README.md"), "# 说明\n\n本文件夹收存各单位报送的年度报告。\n");
        Files.writeString(folder.resolve("list.json"), "{\"reports\": [1, 2, 3]}\n");
        return dir.resolve("reports");
    }

    private static List<String> rules(JsonNode report) {
        return StreamSupport.stream(report.path("findings").spliterator(), false)
                .map(f -> f.path("rule").asText()).toList();
    }

    private static JsonNode byFile(List<JsonNode> lines, String end) {
        return lines.stream().filter(l -> l.path("file").asText().endsWith(end)).findFirst().orElseThrow();
    }

    @Test
    void aFolderIsCheckedWithWhatIsNotAReportSkippedAndTheYearsComparedWithEachOther() throws Exception {
        CliRun run = CliRun.run("check", "--json", season().toString());

        run.assertNoStackTrace();
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(4);
        assertThat(byFile(lines, "README.md").path("skipped").asText()).contains("不是政府信息公开工作年度报告");
        assertThat(byFile(lines, "README.md").path("error").isNull()).isTrue();
        assertThat(byFile(lines, "list.json").path("skipped").asText()).isNotBlank();
        assertThat(rules(byFile(lines, "anyang-2021.txt"))).noneMatch(r -> r.startsWith("crossyear"));
        JsonNode later = byFile(lines, "anyang-2022.txt");
        assertThat(rules(later)).contains("crossyear.carryover", "text.repetition");
        JsonNode repetition = StreamSupport.stream(later.path("findings").spliterator(), false)
                .filter(f -> f.path("rule").asText().equals("text.repetition")).findFirst().orElseThrow();
        assertThat(repetition.path("rate").asDouble()).isBetween(0.9, 1.0);
        assertThat(repetition.path("previous").path("organ").asText()).isEqualTo("安阳县人民政府");
        assertThat(repetition.path("previous").path("year").asInt()).isEqualTo(2021);
        assertThat(run.status()).isEqualTo(ProcessedReport.HAS_ERRORS); // errors of both reports; the skipped count for nothing
    }

    @Test
    void aReportIsComparedWithTheLibraryGivenByDbAndAMissingDbIsNeverCreated() throws Exception {
        Path folder = season();
        Path missing = dir.resolve("none.db");
        CliRun refused = CliRun.run("check", "--db", missing.toString(), folder.toString());
        assertThat(refused.status()).isEqualTo(ProcessedReport.UNREADABLE);
        assertThat(refused.err()).contains("审查库不存在", missing.toString());
        assertThat(CliRun.run("list", "--db", missing.toString()).err()).contains("审查库不存在");
        assertThat(missing).doesNotExist();

        Path db = dir.resolve("review.db");
        CliRun imported = CliRun.run("import", "--db", db.toString(), folder.resolve("anyang-2021.txt").toString());
        assertThat(imported.status()).isZero();
        CliRun later = CliRun.run("check", "--json", "--db", db.toString(),
                folder.resolve("sub/anyang-2022.txt").toString());
        assertThat(rules(later.singleJson())).contains("crossyear.carryover", "text.repetition");
    }

    @Test
    void aFolderIsImportedKnownFilesAreRecognisedAndTheLibraryIsListed() throws Exception {
        Path folder = season();
        Path db = dir.resolve("review.db");
        CliRun first = CliRun.run("import", "--db", db.toString(), folder.toString());
        assertThat(first.status()).isZero();
        assertThat(first.out().lines().filter(l -> l.startsWith("skipped\t"))).hasSize(2);
        assertThat(first.out().lines().filter(l -> l.matches("\\d+\t.*"))).hasSize(2);
        assertThat(first.err()).contains("已导入 2 份，已在库中 0 份，跳过非年报文件 2 个，失败 0 个");

        CliRun again = CliRun.run("import", "--db", db.toString(), folder.toString());
        assertThat(again.out().lines().filter(l -> l.startsWith("known\t"))).hasSize(2);
        assertThat(again.err()).contains("已导入 0 份，已在库中 2 份");

        CliRun list = CliRun.run("list", "--db", db.toString(), "--json");
        assertThat(list.status()).isZero();
        List<JsonNode> rows = list.jsonLines();
        assertThat(rows).hasSize(2);
        JsonNode y2021 = byFile(rows, "anyang-2021.txt");
        JsonNode y2022 = byFile(rows, "anyang-2022.txt");
        assertThat(y2021.path("repetition").isNull()).isTrue();
        assertThat(y2022.path("repetition").asDouble()).isGreaterThan(0.9);
        assertThat(y2022.path("organ").asText()).isEqualTo("河南省安阳县人民政府");
        assertThat(y2022.path("year").asInt()).isEqualTo(2022);
        assertThat(y2022.path("status").asText()).isEqualTo("unreviewed");
        assertThat(y2022.path("errors").asInt()).isPositive();
        assertThat(y2022.path("warnings").asInt()).isPositive();
        assertThat(List.of("id", "file", "organ", "year", "status", "errors", "warnings", "repetition"))
                .allMatch(y2021::has);

        CliRun table = CliRun.run("list", "--db", db.toString());
        assertThat(table.out().lines().findFirst()).hasValue("id\torgan\tyear\tstatus\terrors\twarnings\trepetition");
        assertThat(table.out()).contains("河南省安阳县人民政府\t2022\tunreviewed");
    }

    @Test
    void theOverviewOfTheLibraryIsAPrintableWorkbookOrACsvWithOneRowPerReport() throws Exception {
        Path db = dir.resolve("review.db");
        CliRun.run("import", "--db", db.toString(), season().toString());
        Path xlsx = dir.resolve("overview.xlsx");
        CliRun written = CliRun.run("export", "--db", db.toString(), "--overview", "--format", "xlsx",
                "--out", xlsx.toString());
        assertThat(written.status()).as(written.err()).isZero();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("编号", "机关", "年度", "文件", "审核状态", "审核人", "一、本年新收申请")
                    .contains("行政复议总计", "行政诉讼总计", "错误", "警告", "与上年重复率", "crossyear.carryover",
                            "text.repetition", "value.negative");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            // by organ (as compared: 安阳县人民政府 sorts before 河南省…), so row 1 is 2021 and row 2 is 2022
            var later = sheet.getRow(2);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2021);
            assertThat(later.getCell(1).getStringCellValue()).isEqualTo("河南省安阳县人民政府");
            assertThat(later.getCell(6).getNumericCellValue()).isEqualTo(58); // 一、本年新收 总计
            assertThat(later.getCell(header.indexOf("与上年重复率")).getStringCellValue()).endsWith("%");
            assertThat(later.getCell(header.indexOf("crossyear.carryover")).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(header.indexOf("crossyear.carryover")).getNumericCellValue()).isZero();
        }

        Path csv = dir.resolve("overview.csv");
        assertThat(CliRun.run("export", "--db", db.toString(), "--overview", "--format", "csv", "--out", csv.toString())
                .status()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("\ufeff编号,机关,年度");
        assertThat(lines.get(2)).contains("河南省安阳县人民政府,2022");

        CliRun pdf = CliRun.run("export", "--db", db.toString(), "--overview", "--format", "pdf", "--out",
                dir.resolve("o.pdf").toString());
        assertThat(pdf.status()).isEqualTo(ProcessedReport.UNREADABLE);
        assertThat(pdf.err()).contains("xlsx 或 csv");
    }
}
