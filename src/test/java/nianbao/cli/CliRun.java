package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One in-process run of the command line with its exit status and what it wrote, decoded as UTF-8. */
public record CliRun(int status, String out, String err) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A line of a Java stack trace ("\tat some.Class.method(File.java:12)") or a "Caused by:". */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$<>/]+\\(|^Caused by: ");

    public static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NianbaoCommand.run(args, out, err);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every stdout line parsed as JSON (JSON Lines). */
    public List<JsonNode> jsonLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException("stdout line is not JSON: " + line, e);
                }
            }
        }
        return lines;
    }

    /** The one JSON object this run printed; fails when there is not exactly one. */
    public JsonNode singleJson() {
        List<JsonNode> lines = jsonLines();
        assertThat(lines).as("JSON lines on stdout (stderr: %s)", err).hasSize(1);
        return lines.get(0);
    }

    public void assertNoStackTrace() {
        assertThat(STACK_TRACE.matcher(out).find()).as("stack trace on stdout:%n%s", out).isFalse();
        assertThat(STACK_TRACE.matcher(err).find()).as("stack trace on stderr:%n%s", err).isFalse();
    }
}
