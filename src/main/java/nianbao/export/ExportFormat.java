package nianbao.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of file a reviewed report can be exported to, with their command-line id and file extension. */
public enum ExportFormat {
    PDF, XLSX, JSON, CSV;

    /** The id used on the command line and as file extension: pdf, xlsx, json or csv. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return "." + id();
    }

    /** Reads {@code pdf|xlsx|json|csv} (any case, surrounding spaces ignored). */
    public static ExportFormat parse(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.id().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + id + "', expected one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining("|")));
    }
}
