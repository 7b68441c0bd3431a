package nianbao.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file all or nothing: the content goes to a temporary file in the target's folder, is flushed to disk and
 * then moved into place (atomically where the file system can), so a failure never leaves half a file behind.
 */
final class AtomicFile {
    /** Writes the content of one file to a stream; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target}, replacing an existing file only once the new one is complete. */
    static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary;
        try {
            removeAbandoned(folder, absolute.getFileName().toString());
            temporary = createTemporary(folder, absolute.getFileName().toString());
        } catch (IOException e) {
            throw ExportException.cannotWrite(target, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(new Unclosable(out));
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw ExportException.cannotWrite(target, e);
        } catch (ExportException | RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * Deletes what an export of the same file killed half-way left behind: its {@code .<target>.<random>.part} files
     * older than an hour (a younger one may belong to an export still running in another window).
     */
    private static void removeAbandoned(Path folder, String name) {
        java.time.Instant before = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (java.nio.file.DirectoryStream<Path> parts = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith("." + name + ".")
                        && p.getFileName().toString().endsWith(".part"))) {
            for (Path part : parts) {
                if (Files.isRegularFile(part, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // only a clean-up: the export itself goes on
        }
    }

    /**
     * A new file beside the target, named {@code .<target>.<random>.part}, created with the usual permissions (not
     * the owner-only ones of {@link Files#createTempFile}), so the moved export is readable like any saved file.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The stream handed to the content: closing it only flushes, so the file can still be forced to disk. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more can be done; the temporary name starts with a dot and ends in .part
        }
    }
}
