package nianbao.extract;

import nianbao.model.BadInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a plain-text or Markdown report (its tables as rows of cells, see {@link MarkdownTables}): UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, decided by the bytes
 * themselves — strict UTF-8 first, then GB18030.
 */
public final class TextExtractor {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A text with at most this many damaged places (or one per thousand characters) is read with them marked. */
    private static final int MAX_DAMAGED_PLACES = 20;

    public SourceDocument read(byte[] bytes) throws BadInputException {
        String text = decode(bytes);
        return MarkdownTables.present(text) ? MarkdownTables.read(text) : SourceDocument.ofText("txt", text);
    }

    /** Decodes bytes to text by content; fails with a bad-input message when the bytes are not text at all. */
    public static String decode(byte[] bytes) throws BadInputException {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            text = strict(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                text = strict(bytes, 0, GB18030);
            }
            if (text == null) {
                text = damagedUtf8(bytes);
            }
        }
        if (text == null || looksBinary(text)) {
            throw new nianbao.model.NotAReportException("文件不是可识别的文本，可能是其他程序的二进制文件或已损坏",
                    "not readable text: a binary file of another program, or a corrupt one");
        }
        return text;
    }

    /** Decodes with exactly this charset, or returns null when the bytes are not valid in it. */
    static String strictDecode(byte[] bytes, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-8 with a few stray invalid bytes (a damaged download, a bad copy) is still UTF-8: each damaged place is
     * decoded as U+FFFD, which the check reports (text.damaged), instead of refusing the whole file. Text in another
     * encoding gives damage nearly everywhere and is not taken for UTF-8.
     */
    private static String damagedUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        long damaged = text.chars().filter(c -> c == '\ufffd').count();
        return damaged > 0 && damaged <= Math.max(MAX_DAMAGED_PLACES, text.length() / 1000) ? text : null;
    }

    /** Control characters other than tab, line breaks and form feed mean the bytes were never text. */
    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > 0 && control * 100 > text.length();
    }
}
