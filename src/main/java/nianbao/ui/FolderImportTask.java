package nianbao.ui;

import nianbao.review.ReviewService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Imports every file of a folder (sub-folders too, hidden files left out) into the library, in the background. */
final class FolderImportTask extends BackgroundTask<JobSummary> {
    private final Supplier<ReviewService> service;
    private final Path folder;

    FolderImportTask(Supplier<ReviewService> service, Path folder) {
        this.service = service;
        this.folder = folder;
        updateTitle(folder.toString());
        updateMessage(I18n.t("library.importing.start", folder));
    }

    /** The files a folder import reads, in a stable order. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    @Override
    protected JobSummary call() throws IOException {
        JobSummary summary = new JobSummary();
        List<Path> files = files(folder);
        ReviewService ready = service.get();
        for (int i = 0; i < files.size() && !isCancelled(); i++) {
            Path file = files.get(i);
            updateMessage(I18n.t("library.importing", i + 1, files.size(), file.getFileName()));
            updateProgress(i, files.size());
            try {
                ready.open(file);
                summary.succeeded();
            } catch (Exception e) {
                summary.failed(folder.relativize(file).toString(), Reasons.of(e));
            }
        }
        updateProgress(files.size(), Math.max(1, files.size()));
        return summary;
    }
}
