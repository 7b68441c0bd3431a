package nianbao.extract;

import nianbao.model.BadInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A folder of scanned pages is one report: a folder that holds image files only (PNG, JPEG, TIFF; hidden files aside,
 * no sub-folders) is read as the pages of one report in the order of their names. It travels as one document — a zip
 * of its images, stored as they are, in name order, with no dates — so the same folder always gives the same bytes
 * (and the same hash in the library), and its pages can be shown again from the library.
 */
public final class PageFolder {
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "tif", "tiff");
    private static final int MAX_FILES = 200;

    private PageFolder() {
    }

    /** Whether the folder holds the page images of one report. */
    public static boolean is(Path folder) {
        return !pages(folder).isEmpty();
    }

    /** The folder's page images in name order; empty when it holds anything else (or nothing, or cannot be read). */
    private static List<Path> pages(Path folder) {
        List<Path> pages = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                int dot = name.lastIndexOf('.');
                String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(entry) || !IMAGE_EXTENSIONS.contains(extension) || pages.size() >= MAX_FILES) {
                    return List.of();
                }
                pages.add(entry);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        pages.sort(null);
        return pages;
    }

    /** The folder's page images as one document, refused when together they are over {@code maxBytes}. */
    static byte[] pack(Path folder, long maxBytes) throws BadInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path page : pages(folder)) {
                byte[] data = Extractors.readBytes(page, maxBytes - total);
                total += data.length;
                ZipEntry entry = new ZipEntry(page.getFileName().toString());
                entry.setMethod(ZipEntry.STORED);
                entry.setTime(0);
                entry.setSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new BadInputException("无法读取文件夹中的页面图片：" + folder,
                    "cannot read the page images in the folder: " + folder, e);
        }
        return out.toByteArray();
    }

    /** The images of a zip of page images, in the order of their names. */
    static List<byte[]> unpack(byte[] bytes) throws BadInputException {
        Map<String, byte[]> images = new TreeMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                nianbao.model.WorkBudget.checkpoint();
                if (!e.isDirectory() && images.size() < MAX_FILES) {
                    // what unpacks is bounded as a file is: a small zip must not unpack into more than the heap
                    byte[] image = zip.readNBytes((int) (Extractors.MAX_BYTES - total + 1));
                    total += image.length;
                    if (total > Extractors.MAX_BYTES) {
                        throw Extractors.tooLarge(Extractors.MAX_BYTES);
                    }
                    images.put(e.getName(), image);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("页面图片压缩包已损坏", "the zip of page images is damaged", e);
        }
        return new ArrayList<>(images.values());
    }
}
