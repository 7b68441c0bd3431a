package nianbao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recently opened files, most recent first, without duplicates and at most {@link #MAX}, kept in {@link Settings}. */
public final class RecentFiles {
    static final int MAX = 10;

    private final Settings settings;

    public RecentFiles(Settings settings) {
        this.settings = settings;
    }

    public List<Path> list() {
        return settings.recentFiles();
    }

    /** Puts {@code file} first, removing an older entry for the same file. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(settings.recentFiles());
        files.removeIf(p -> p.toAbsolutePath().normalize().equals(absolute));
        files.add(0, absolute);
        settings.setRecentFiles(files.subList(0, Math.min(files.size(), MAX)));
    }

    public void clear() {
        settings.setRecentFiles(List.of());
    }
}
