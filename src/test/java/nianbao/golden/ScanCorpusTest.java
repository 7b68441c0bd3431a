package nianbao.golden;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.read.ReadReport;
import nianbao.read.ReportReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus's PDFs scanned (ScanMaker: resolutions, grey and colour, skew, out of square, noise, JPEG quality, a red
 * seal, one page only) and read back by OCR: at least 98% of the cells exactly as the text layer gives them, every
 * other one flagged uncertain, and the arithmetic findings of the document still found (the sums must not hide the
 * report's own errors).
 */
class ScanCorpusTest {
    private static final Path GENERATED = Corpus.root().resolve("generated");

    static Stream<Arguments> scans() {
        return Stream.of(
                Arguments.of("heming-county-2022.pdf", new ScanMaker.Recipe(200, false, 0, 0, 0, 0.75f, false, Set.of())),
                Arguments.of("langxi-county-office-2023.pdf",
                        new ScanMaker.Recipe(150, false, 0, 0, 6, 0.6f, false, Set.of())),
                Arguments.of("wanghai-district-2024.pdf",
                        new ScanMaker.Recipe(300, true, 1.2, 0, 0, 0.8f, true, Set.of())),
                Arguments.of("luhuadang-town-2023.pdf",
                        new ScanMaker.Recipe(200, false, -1.5, 0, 4, 0.5f, false, Set.of())),
                Arguments.of("danxia-hrss-2021.pdf", new ScanMaker.Recipe(200, true, 0.4, 0.006, 0, 0.85f, true,
                        Set.of())),
                Arguments.of("qinchuan-agriculture-2024.pdf",
                        new ScanMaker.Recipe(200, false, 0.8, 0, 3, 0.7f, false, Set.of(2))),
                Arguments.of("../real/huaian-hongze-district_2024.pdf",
                        new ScanMaker.Recipe(200, false, 0.5, 0, 3, 0.75f, false, Set.of())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scans")
    void aScanReadsLikeItsTextLayerAndFlagsEveryCellItMayHaveWrong(String name, ScanMaker.Recipe recipe)
            throws Exception {
        byte[] pdf = Files.readAllBytes(GENERATED.resolve(name));
        ReportReader reader = new ReportReader();
        ReadReport text = reader.read(name, pdf);
        ReadReport scan = reader.read(name, ScanMaker.scan(pdf, recipe));

        assertThat(scan.report().ocr()).isTrue();
        assertThat(text.report().ocr()).isFalse();
        assertReadLike(text, scan);
    }

    @org.junit.jupiter.api.Test
    void aScanWhosePagesDrawTheirPictureInsideAFormIsReadByOcr() throws Exception {
        byte[] pdf = Files.readAllBytes(GENERATED.resolve("luhuadang-town-2023.pdf"));
        ReportReader reader = new ReportReader();
        byte[] scan = ScanMaker.withPagesInForms(ScanMaker.scan(pdf,
                new ScanMaker.Recipe(200, false, 0.3, 0, 2, 0.8f, false, Set.of())));
        ReadReport read = reader.read("luhuadang-forms.pdf", scan);
        assertThat(read.report().ocr()).isTrue();
        assertReadLike(reader.read("luhuadang.pdf", pdf), read);
    }

    @org.junit.jupiter.api.Test
    void aMultiPageTiffOfTheReportIsOneReportReadByOcr() throws Exception {
        byte[] pdf = Files.readAllBytes(GENERATED.resolve("yanqi-county-2022.pdf"));
        ReportReader reader = new ReportReader();
        ReadReport text = reader.read("yanqi.pdf", pdf);
        ReadReport scan = reader.read("yanqi.tiff", ScanMaker.images(pdf,
                new ScanMaker.Recipe(200, false, 0.7, 0, 3, 0.8f, false, Set.of()), "tiff"));
        assertReadByOcrLike(text, scan, "image");
    }

    @org.junit.jupiter.api.Test
    void aFolderOfScannedPagesIsOneReportFoundAsOneInAWalkAndReadByOcr(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        byte[] pdf = Files.readAllBytes(GENERATED.resolve("heming-county-2022.pdf"));
        Path pages = dir.resolve("batch").resolve("heming-scans");
        ScanMaker.pageFiles(pdf, new ScanMaker.Recipe(200, false, -0.6, 0, 3, 0.8f, false, Set.of()), pages);
        Files.writeString(dir.resolve("batch").resolve("notes.txt"), "扫描件");
        // walking the batch, the folder of pages is one input beside the other file
        assertThat(nianbao.read.InputFiles.of(List.of(dir.resolve("batch"))).files())
                .containsExactly(pages, dir.resolve("batch").resolve("notes.txt"));
        byte[] packed = nianbao.extract.Extractors.readBytes(pages, nianbao.extract.Extractors.MAX_BYTES);
        assertThat(nianbao.extract.Extractors.readBytes(pages, nianbao.extract.Extractors.MAX_BYTES))
                .as("the same folder, the same bytes (and hash)").isEqualTo(packed);
        ReportReader reader = new ReportReader();
        ReadReport scan = reader.read("heming-scans", packed);
        assertThat(nianbao.extract.PageImages.of("image", packed)).extracting(p -> p.page()).containsExactly(1, 2, 3);
        assertReadByOcrLike(reader.read("heming.pdf", pdf), scan, "image");
    }

    @org.junit.jupiter.api.Test
    void aWordFileWhoseTableIsAPictureIsReadWithThePictureByOcr() throws Exception {
        byte[] docx = Files.readAllBytes(GENERATED.resolve("sangyu-water-2022.docx"));
        byte[] pdf = Files.readAllBytes(GENERATED.resolve("sangyu-water-2022.pdf"));
        ReportReader reader = new ReportReader();
        ReadReport text = reader.read("sangyu.docx", docx);
        ReadReport pasted = reader.read("sangyu-picture.docx", ScanMaker.docxWithTablePicture(docx, pdf,
                new ScanMaker.Recipe(200, true, 0, 0, 2, 0.8f, false, Set.of())));
        assertReadByOcrLike(text, pasted, "docx");
    }

    @org.junit.jupiter.api.Test
    void aWord97FileWhoseTableIsAPictureIsReadWithThePictureWhereItStands() throws Exception {
        byte[] docx = Files.readAllBytes(GENERATED.resolve("sangyu-water-2022.docx"));
        byte[] doc;
        try (var in = ScanCorpusTest.class.getResourceAsStream("/nianbao/scans/sangyu-water-2022-picture.doc")) {
            doc = in.readAllBytes();
        }
        ReportReader reader = new ReportReader();
        ReadReport pasted = reader.read("sangyu-picture.doc", doc);
        assertThat(nianbao.extract.PageImages.of("doc", doc)).hasSize(1);
        assertReadByOcrLike(reader.read("sangyu.docx", docx), pasted, "doc");
    }

    @org.junit.jupiter.api.Test
    void aWebPageWhoseTableIsAPictureIsReadWithThePictureByOcr() throws Exception {
        String html = Files.readString(GENERATED.resolve("weitang-town-2021.html"), java.nio.charset.StandardCharsets.UTF_8);
        byte[] pdf = Files.readAllBytes(GENERATED.resolve("weitang-town-2021.pdf"));
        ReportReader reader = new ReportReader();
        ReadReport text = reader.read("weitang.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ReadReport pasted = reader.read("weitang-picture.html", ScanMaker.htmlWithTablePicture(html, pdf,
                new ScanMaker.Recipe(200, false, 0, 0, 3, 0.8f, false, Set.of()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertReadByOcrLike(text, pasted, "html");
    }

    @org.junit.jupiter.api.Test
    void aWebPageSavedWithItsTablePictureBesideItIsReadWithThePicture(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String html = Files.readString(GENERATED.resolve("weitang-town-2021.html"), java.nio.charset.StandardCharsets.UTF_8);
        byte[] pdf = Files.readAllBytes(GENERATED.resolve("weitang-town-2021.pdf"));
        String inPage = ScanMaker.htmlWithTablePicture(html, pdf,
                new ScanMaker.Recipe(200, false, 0, 0, 3, 0.8f, false, Set.of()));
        // as a browser saves it: the picture in a folder beside the page, named in Chinese, the name escaped
        java.util.regex.Matcher data = java.util.regex.Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)")
                .matcher(inPage);
        assertThat(data.find()).isTrue();
        Path pictures = Files.createDirectories(dir.resolve("苇塘镇年报_files"));
        Files.write(pictures.resolve("表三.png"), java.util.Base64.getDecoder().decode(data.group(1)));
        String saved = inPage.substring(0, data.start()) + "%E8%8B%87%E5%A1%98%E9%95%87%E5%B9%B4%E6%8A%A5_files/表三.png"
                + inPage.substring(data.end());
        Path page = dir.resolve("苇塘镇年报.html");
        Files.writeString(page, saved, java.nio.charset.StandardCharsets.UTF_8);

        byte[] read = nianbao.extract.Extractors.readBytes(page, nianbao.extract.Extractors.MAX_BYTES);
        ReportReader reader = new ReportReader();
        ReadReport pasted = reader.read("苇塘镇年报.html", read);
        assertThat(pasted.report().ocr()).isTrue();
        assertThat(nianbao.extract.PageImages.of("html", read)).as("shown again from the library's copy").hasSize(1);
        assertReadLike(reader.read("weitang.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), pasted);

        Files.delete(pictures.resolve("表三.png"));
        assertThat(reader.read("苇塘镇年报.html", nianbao.extract.Extractors.readBytes(page,
                nianbao.extract.Extractors.MAX_BYTES)).report().ocr()).as("the picture gone: text only").isFalse();
    }

    /** The document read by OCR, as a document of {@code format}, like its text layer ({@link #assertReadLike}). */
    private static void assertReadByOcrLike(ReadReport text, ReadReport scan, String format) {
        assertThat(scan.report().sourceFormat()).isEqualTo(format);
        assertThat(scan.report().ocr()).isTrue();
        assertReadLike(text, scan);
    }

    private static void assertReadLike(ReadReport text, ReadReport scan) {
        Map<CellRef, Cell> read = cells(scan);
        Set<CellRef> flagged = scan.findings().stream().filter(f -> f.rule().equals("value.uncertain"))
                .flatMap(f -> f.cells().isEmpty() && f.row() != null
                        ? Stream.of(new CellRef(f.table(), f.row(), f.column())) : f.cells().stream())
                .collect(Collectors.toSet());
        int total = 0;
        int exact = 0;
        Set<String> silent = new TreeSet<>();
        for (Map.Entry<CellRef, Cell> expected : cells(text).entrySet()) {
            total++;
            Cell got = read.get(expected.getKey());
            if (got != null && Objects.equals(value(got), value(expected.getValue()))) {
                exact++;
            } else if (!flagged.contains(expected.getKey())) {
                silent.add(expected.getKey() + ": " + value(expected.getValue()) + " read as "
                        + (got == null ? "nothing" : value(got)));
            }
        }
        assertThat(silent).as("wrong and not flagged").isEmpty();
        Map<CellRef, Cell> truth = cells(text);
        for (var suggestion : nianbao.check.SumSuggestions.of(scan.report()).values()) {
            // a reading the sums suggest is the one the text layer has (the examiner is told it is only a suggestion)
            assertThat(suggestion.value().stripTrailingZeros().toPlainString()).as("suggestion for %s", suggestion.cell())
                    .isEqualTo(value(truth.get(suggestion.cell())));
        }
        assertThat(100.0 * exact / total).as("cells exact, %d of %d", exact, total).isGreaterThanOrEqualTo(98.0);
        assertThat(scan.report().organ()).isEqualTo(text.report().organ());
        assertThat(scan.report().year()).isEqualTo(text.report().year());
        assertThat(rules(scan)).as("the document's own arithmetic findings").containsAll(arithmetic(text));
    }

    private static Map<CellRef, Cell> cells(ReadReport read) {
        Map<CellRef, Cell> out = new HashMap<>();
        read.report().tables().cells().forEach(c -> out.put(c.ref(), c));
        return out;
    }

    private static String value(Cell cell) {
        return cell.number() != null ? cell.number().stripTrailingZeros().toPlainString()
                : cell.kind() == Cell.Kind.BLANK ? "" : cell.raw();
    }

    private static List<String> rules(ReadReport read) {
        return read.findings().stream().map(Finding::rule).toList();
    }

    /** The findings of the sums and of the form's structure, as the text layer gives them. */
    private static List<String> arithmetic(ReadReport read) {
        return read.findings().stream().map(Finding::rule)
                .filter(r -> r.startsWith("requests.") || r.startsWith("review_litigation.")
                        || r.startsWith("active.") || r.equals("value.negative"))
                .distinct().toList();
    }
}
