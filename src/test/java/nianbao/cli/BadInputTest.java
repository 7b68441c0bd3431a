package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.golden.Corpus;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files that are not annual reports give an error object and exit status 2, never a stack trace; encodings vary. */
class BadInputTest {
    private static final String NEWS = """
            新华社北京3月5日电  今年以来，全国春耕备耕工作有序推进。记者从农业农村部获悉，截至目前，\
            全国已完成冬小麦春季田间管理面积2.1亿亩，各地抢抓农时，加快推进集中育秧，早稻育秧进度过半。\
            专家提醒，近期南方部分地区气温偏低，要注意防范倒春寒对秧苗的不利影响。据悉，今年中央财政安排\
            资金支持农业生产发展，重点用于耕地地力保护、农机购置补贴等。
            """;

    @TempDir
    Path dir;

    static Stream<Named<byte[]>> badInputs() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        for (int i = 0; i < junk.length; i += 16) {
            junk[i] = 0;
        }
        return Stream.of(
                Named.of("empty file", new byte[0]),
                Named.of("whitespace only", " \n\t  \r\n   \n".getBytes(StandardCharsets.US_ASCII)),
                Named.of("ideographic spaces only", "\u3000\u3000\n \u3000\n".getBytes(StandardCharsets.UTF_8)),
                Named.of("binary junk with NULs", junk),
                Named.of("a news article, not a report", NEWS.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void givesAnErrorObjectAndStatus2(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("input.txt"), content);

        CliRun run = CliRun.run("check", "--json", file.toString());

        run.assertNoStackTrace();
        assertThat(run.status()).as("exit status; stdout %s", run.out()).isEqualTo(2);
        JsonNode json = run.singleJson();
        assertThat(json.path("file").asText()).isEqualTo(file.toString());
        assertThat(json.path("error").asText()).as("error message").isNotBlank()
                .doesNotStartWith("内部错误");
    }

    @Test
    void missingFileIsBadInputToo() {
        CliRun run = CliRun.run("check", "--json", dir.resolve("no-such-report.pdf").toString());

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.singleJson().path("error").asText()).isNotBlank();
    }

    @Test
    void humanSummaryOfABadFileSaysItCannotBeRead() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRun run = CliRun.run("check", file.toString());

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains(file.toString()).contains("无法读取").contains("文件为空");
    }

    static Stream<Named<Path>> seeds() {
        return Corpus.documents().stream()
                .filter(p -> Corpus.label(p).startsWith("seeds/"))
                .map(p -> Named.of(Corpus.label(p), p));
    }

    @ParameterizedTest(name = "GB18030 copy of {0}")
    @MethodSource("seeds")
    void gb18030CopyParsesLikeTheUtf8Original(Path seed) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Path copy = Files.write(dir.resolve("gb18030.txt"), text.getBytes(Charset.forName("GB18030")));

        assertThat(checkWithoutFile(copy)).isEqualTo(checkWithoutFile(seed));
    }

    @ParameterizedTest(name = "BOM copy of {0}")
    @MethodSource("seeds")
    void utf8BomCopyParsesLikeTheOriginal(Path seed) throws IOException {
        byte[] original = Files.readAllBytes(seed);
        byte[] withBom = new byte[original.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(original, 0, withBom, 3, original.length);
        Path copy = Files.write(dir.resolve("bom.txt"), withBom);

        assertThat(checkWithoutFile(copy)).isEqualTo(checkWithoutFile(seed));
    }

    /** The JSON of a successful check, without the file name (which differs between copies). */
    private static JsonNode checkWithoutFile(Path file) {
        JsonNode json = CliRun.run("check", "--json", file.toString()).singleJson();
        assertThat(json.path("error").isNull()).as("%s read without error, got %s", file, json.path("error"))
                .isTrue();
        ((ObjectNode) json).remove("file");
        return json;
    }
}
