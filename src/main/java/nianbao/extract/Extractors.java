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
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("文件不存在：" + file, "file not found: " + file, e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("没有权限读取文件：" + file, "permission denied: " + file, e);
        } catch (IOException e) {
            throw new BadInputException("无法读取文件：" + file, "cannot read file: " + file + " (" + e.getMessage() + ")", e);
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
            case HTML -> new HtmlExtractor().read(bytes);
            case PDF -> new PdfExtractor().read(bytes);
            case OLE2 -> new DocExtractor().read(bytes);
            case ZIP -> readZip(bytes);
        };
    }

    /** A zip is read as Word only if it holds a Word document part. */
    private static SourceDocument readZip(byte[] bytes) throws BadInputException {
        return switch (ZipContents.classify(bytes)) {
            case WORD -> new DocxExtractor().read(bytes);
            case OTHER -> throw new BadInputException("压缩文件不是Word文档（DOCX）",
                    "a zip archive that is not a Word document (DOCX)");
            case BROKEN -> throw new BadInputException("Word文档（DOCX）或压缩文件已损坏、不完整",
                    "corrupt or truncated DOCX/zip file");
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
