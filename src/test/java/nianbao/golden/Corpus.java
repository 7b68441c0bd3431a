package nianbao.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test corpus in the repository (system property {@code nianbao.corpus}, default {@code src/test/corpus}):
 * each document with its {@code <name>.expected.json}.
 */
public final class Corpus {
    /** Folders of the corpus whose documents are golden-tested. */
    public static final List<String> FOLDERS = List.of("seeds", "generated", "real");
    /**
     * File types in scope: every kind the readers take. A run can narrow them
     * with {@code -Dnianbao.golden.extensions=txt,pdf}.
     */
    public static final List<String> EXTENSIONS =
            List.of(System.getProperty("nianbao.golden.extensions", "txt,html,docx,doc,pdf").split(","));

    private Corpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"));
        if (!Files.isDirectory(root.resolve("seeds"))) {
            throw new IllegalStateException("corpus not found at " + root.toAbsolutePath()
                    + " (expected src/test/corpus in the repository, or -Dnianbao.corpus=DIR)");
        }
        return root;
    }

    public static Path seed(String prefix) {
        try (Stream<Path> files = Files.list(root().resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.toString().endsWith(".txt"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "*.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of an extension in scope that has an expected file, sorted by path. */
    public static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Corpus::inScope).filter(p -> Files.exists(expectedFor(p))).forEach(documents::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        documents.sort(null);
        if (documents.isEmpty()) {
            throw new IllegalStateException("no documents in the corpus at " + root().toAbsolutePath());
        }
        return documents;
    }

    public static Path expectedFor(Path document) {
        String name = document.getFileName().toString();
        return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }

    /** The document's path relative to the corpus, e.g. {@code seeds/004_6e817ece59bf6a07.txt}. */
    public static String label(Path document) {
        return root().relativize(document).toString().replace('\\', '/');
    }

    private static boolean inScope(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1)) && !name.endsWith(".expected.json");
    }
}
