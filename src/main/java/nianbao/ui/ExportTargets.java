package nianbao.ui;

import nianbao.export.ExportFormat;
import nianbao.review.LibraryEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a batch export writes each report: {@code <organ>-<year>-<id>.<ext>} in the chosen folder. */
final class ExportTargets {
    private ExportTargets() {
    }

    /** The file name of a report's export, with characters no file system accepts replaced by "_". */
    static String fileName(LibraryEntry entry, ExportFormat format) {
        String organ = entry.organ() == null || entry.organ().isBlank() ? stem(entry.fileName()) : entry.organ();
        String year = entry.year() == null ? "" : "-" + entry.year();
        String name = (organ + year + "-" + entry.id()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name + format.extension();
    }

    static Path target(Path folder, LibraryEntry entry, ExportFormat format) {
        return folder.resolve(fileName(entry, format));
    }

    /** The entries whose export file already exists in the folder. */
    static List<LibraryEntry> existing(Path folder, List<LibraryEntry> entries, ExportFormat format) {
        return entries.stream().filter(e -> Files.exists(target(folder, e, format))).toList();
    }

    /** A target path with the format's extension added when the examiner left it out. */
    static Path withExtension(Path target, ExportFormat format) {
        String name = target.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(format.extension())
                ? target : target.resolveSibling(name + format.extension());
    }

    private static String stem(String fileName) {
        if (fileName == null) {
            return "report";
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
