package nianbao.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files named on a command line, folders walked recursively in a stable order (hidden files and folders left
 * out, links to folders not followed): a folder that cannot be listed is skipped with the reason, and the walk goes
 * on with the rest. A folder of page images only is one report (its pages, {@link nianbao.extract.PageFolder}).
 */
public record InputFiles(List<Path> files, List<Skipped> skipped, java.util.Set<Path> named) {
    /** A folder that could not be looked into, and why, as {@code 中文 (English)}. */
    public record Skipped(Path path, String reason) {
    }

    /** Lists a folder's entries (the file system's, or a test's). */
    public interface Lister {
        List<Path> list(Path folder) throws IOException;
    }

    public static InputFiles of(List<Path> inputs) {
        return of(inputs, InputFiles::listFolder);
    }

    public static InputFiles of(List<Path> inputs, Lister lister) {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        java.util.Set<Path> named = new java.util.HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input) && nianbao.extract.PageFolder.is(input)) {
                files.add(input); // a folder of scanned pages: one report
                named.add(input);
            } else if (Files.isDirectory(input)) {
                walk(input, lister, files, skipped);
            } else {
                files.add(input);
                named.add(input);
            }
        }
        return new InputFiles(List.copyOf(files), List.copyOf(skipped), java.util.Set.copyOf(named));
    }

    /**
     * Whether a file was named on the command line rather than found in a folder: a named file that is not a report
     * is an error (the examiner asked for it), one found in a folder is skipped.
     */
    public boolean named(Path file) {
        return named.contains(file);
    }

    private static void walk(Path folder, Lister lister, List<Path> files, List<Skipped> skipped) {
        List<Path> entries;
        try {
            entries = new ArrayList<>(lister.list(folder));
        } catch (IOException | RuntimeException e) {
            skipped.add(new Skipped(folder, reason(e)));
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (hidden(entry)) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && nianbao.extract.PageFolder.is(entry)) {
                files.add(entry); // a folder of scanned pages: one report
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, lister, files, skipped);
            } else if (Files.isRegularFile(entry)) { // a link to a file is that file
                files.add(entry);
            }
        }
    }

    private static List<Path> listFolder(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw e.getCause();
        }
        return entries;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "没有权限读取此文件夹，已跳过 (permission denied: folder skipped)";
        }
        return "无法读取此文件夹，已跳过 (cannot read this folder, skipped: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
