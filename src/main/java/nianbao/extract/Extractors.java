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
        return read(readBytes(file, MAX_BYTES));
    }

    /**
     * The bytes of a file, refused when there are more than {@code maxBytes} of them: the limit applies to what is
     * read, so a device or a file that grows while read (whose size says nothing) cannot exhaust the heap. Only
     * regular files are read: a device, pipe or socket is never a report, and opening a pipe would wait; a folder is
     * one only when it holds the page images of one report ({@link PageFolder}).
     */
    public static byte[] readBytes(Path file, long maxBytes) throws BadInputException {
        if (Files.isDirectory(file) && PageFolder.is(file)) {
            return PageFolder.pack(file, maxBytes);
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("这是文件夹，不是文件：" + file, "a folder, not a file: " + file);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BadInputException("不是普通文件（设备、管道或套接字），无法作为年报读取：" + file,
                    "not a regular file (a device, pipe or socket): " + file);
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                // a web page saved with its pictures in files beside it is read with them
                return FileType.sniff(bytes) == FileType.HTML ? LocalPictures.inline(file, bytes, maxBytes) : bytes;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("文件不存在：" + file, "file not found: " + file, e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("没有权限读取文件：" + file, "permission denied: " + file, e);
        } catch (IOException e) {
            throw new BadInputException("无法读取文件：" + file, "cannot read file: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** The refusal of a document over the size limit. */
    public static BadInputException tooLarge(long maxBytes) {
        long mb = maxBytes / (1024 * 1024);
        return new BadInputException("文件过大（超过" + mb + "MB），无法处理", "file too large (over " + mb + " MB)");
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
            case IMAGE -> new ImageExtractor().read(bytes);
        };
    }

    /** A zip is read as Word if it holds a Word document part, as the pages of one report if it holds only images. */
    private static SourceDocument readZip(byte[] bytes) throws BadInputException {
        return switch (ZipContents.classify(bytes)) {
            case WORD -> new DocxExtractor().read(bytes);
            case PAGES -> new ImageExtractor().read(bytes);
            case OTHER -> throw new nianbao.model.NotAReportException("压缩文件不是Word文档（DOCX），不是年报文档",
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
