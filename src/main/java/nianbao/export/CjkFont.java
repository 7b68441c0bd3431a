package nianbao.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds a Chinese font with TrueType outlines on this computer (WenQuanYi Zen Hei, SimHei, SimSun, Microsoft YaHei,
 * STHeiti… then any other) and loads it into a PDF to be embedded as a subset; CFF fonts (Noto CJK .otf) are passed
 * over because PDFBox cannot embed them.
 */
final class CjkFont implements Closeable {
    /** A system property naming a font file to use before any other. */
    static final String OVERRIDE_PROPERTY = "nianbao.cjk.font";
    private static final String SAMPLE = "年报审核政府信息公开申请";
    private static final long SMALLEST_CJK_FONT = 1_000_000;

    /** A font file to try and, in a collection, the family to prefer. */
    record Candidate(Path file, String family) {
    }

    private static volatile Candidate located;

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Closeable source;
    private final String name;

    private CjkFont(PDType0Font font, CmapLookup cmap, Closeable source, String name) {
        this.font = font;
        this.cmap = cmap;
        this.source = source;
        this.name = name;
    }

    /** Loads the first usable font of this computer into {@code document}; keep it open until the document is saved. */
    static CjkFont load(PDDocument document) throws ExportException {
        Candidate candidate = located;
        if (candidate == null) {
            candidate = locate(knownFiles(), fontFolders());
            located = candidate;
        }
        try {
            Opened opened = open(candidate);
            if (opened == null) {
                located = null;
                throw notFound();
            }
            PDType0Font font = PDType0Font.load(document, opened.font(), true);
            return new CjkFont(font, opened.font().getUnicodeCmapLookup(), opened.source(), opened.font().getName());
        } catch (IOException e) {
            located = null;
            throw new ExportException("无法读取中文字体 " + candidate.file() + "：" + e.getMessage(),
                    "cannot read the Chinese font " + candidate.file() + ": " + e.getMessage(), e);
        }
    }

    /** The first candidate, then the first font in the folders, that has TrueType outlines and Chinese glyphs. */
    static Candidate locate(List<Candidate> known, List<Path> folders) throws ExportException {
        for (Candidate c : known) {
            if (usable(c)) {
                return c;
            }
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                files = walk.filter(CjkFont::looksLikeTrueType).sorted().toList();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (Path file : files) {
                Candidate c = new Candidate(file, null);
                if (usable(c)) {
                    return c;
                }
            }
        }
        throw notFound();
    }

    PDType0Font font() {
        return font;
    }

    /** The font's PostScript name, e.g. WenQuanYiZenHei. */
    String name() {
        return name;
    }

    /** Whether the font has a glyph for the character (otherwise it would print as a box or fail). */
    boolean canDisplay(int codePoint) {
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    static ExportException notFound() {
        return new ExportException(
                "找不到可嵌入PDF的中文TrueType字体。请安装文泉驿正黑（Linux：apt-get install fonts-wqy-zenhei），"
                        + "或黑体/宋体/微软雅黑（Windows）、华文黑体（macOS），也可用 -D" + OVERRIDE_PROPERTY
                        + "=字体文件 指定。",
                "No Chinese TrueType font that can be embedded in a PDF was found. Install WenQuanYi Zen Hei "
                        + "(Linux: apt-get install fonts-wqy-zenhei), or SimHei/SimSun/Microsoft YaHei (Windows), "
                        + "STHeiti (macOS), or name a font file with -D" + OVERRIDE_PROPERTY + "=FILE.");
    }

    /** Well-known Chinese TrueType fonts, Linux, Windows then macOS, after a font named by the system property. */
    static List<Candidate> knownFiles() {
        List<Candidate> files = new ArrayList<>();
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            files.add(new Candidate(Path.of(override.strip()), null));
        }
        files.add(new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYi Zen Hei"));
        files.add(new Candidate(Path.of("C:\\Windows\\Fonts\\simhei.ttf"), null));
        files.add(new Candidate(Path.of("C:\\Windows\\Fonts\\simsun.ttc"), "SimSun"));
        files.add(new Candidate(Path.of("C:\\Windows\\Fonts\\msyh.ttc"), "Microsoft YaHei"));
        files.add(new Candidate(Path.of("/System/Library/Fonts/STHeiti Medium.ttc"), null));
        files.add(new Candidate(Path.of("/Library/Fonts/Arial Unicode.ttf"), null));
        files.add(new Candidate(Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"), null));
        return files;
    }

    /** Folders searched for any other TrueType font with Chinese glyphs. */
    static List<Path> fontFolders() {
        String home = System.getProperty("user.home", "");
        List<Path> folders = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts")));
        if (!home.isEmpty()) {
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        }
        folders.add(Path.of("C:\\Windows\\Fonts"));
        folders.add(Path.of("/Library/Fonts"));
        folders.add(Path.of("/System/Library/Fonts"));
        return folders;
    }

    private static boolean looksLikeTrueType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return (name.endsWith(".ttf") || name.endsWith(".ttc")) && Files.isRegularFile(file)
                    && Files.size(file) >= SMALLEST_CJK_FONT;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean usable(Candidate candidate) {
        if (!Files.isRegularFile(candidate.file()) || !Files.isReadable(candidate.file())) {
            return false;
        }
        try {
            Opened opened = open(candidate);
            if (opened == null) {
                return false;
            }
            opened.source().close();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private record Opened(TrueTypeFont font, Closeable source) {
    }

    /** Opens the file and picks its font (in a collection the preferred family, else the first usable), or null. */
    private static Opened open(Candidate candidate) throws IOException {
        String name = candidate.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(candidate.file().toFile());
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            try {
                collection.processAllFonts(f -> {
                    boolean preferred = candidate.family() != null && family(f).equals(candidate.family());
                    if ((chosen[0] == null || preferred && !family(chosen[0]).equals(candidate.family()))
                            && hasChineseOutlines(f)) {
                        chosen[0] = f;
                    }
                });
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
            if (chosen[0] == null) {
                collection.close();
                return null;
            }
            return new Opened(chosen[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(candidate.file().toFile()));
        if (!hasChineseOutlines(font)) {
            font.close();
            return null;
        }
        return new Opened(font, font);
    }

    private static String family(TrueTypeFont font) {
        try {
            String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
            return family == null ? "" : family;
        } catch (IOException e) {
            return "";
        }
    }

    /** TrueType (glyf) outlines, not CFF, and a glyph for each character of a Chinese sample. */
    private static boolean hasChineseOutlines(TrueTypeFont font) {
        try {
            if (font instanceof OpenTypeFont otf && otf.isPostScript() || !font.getTableMap().containsKey("glyf")) {
                return false;
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            return cmap != null && SAMPLE.codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
