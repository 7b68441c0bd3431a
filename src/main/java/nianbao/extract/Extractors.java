package nianbao.extract;

import nianbao.model.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one door for reading a document: decides the file type by content and hands it to the right reader. */
public final class Extractors {
    /** Larger inputs are refused rather than risking the heap. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private Extractors() {
    }

    public static SourceDocument read(Path file) throws BadInputException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException("文件过大（超过200MB），无法处理", "file too large (over 200 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("无法读取文件：" + e.getMessage(), "cannot read file: " + e.getMessage(), e);
        }
        return read(bytes);
    }

    public static SourceDocument read(byte[] bytes) throws BadInputException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new BadInputException("文件为空", "empty file");
        }
        FileType type = FileType.sniff(bytes);
        return switch (type) {
            case TEXT -> new TextExtractor().read(bytes);
            default -> throw new BadInputException("暂不支持此类文件（" + type.label() + "）",
                    "file type not supported yet (" + type.label() + ")");
        };
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
