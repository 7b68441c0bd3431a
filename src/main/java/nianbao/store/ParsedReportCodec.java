package nianbao.store;

import nianbao.model.Box;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.FormatVersion;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Span;
import nianbao.model.Tables;
import nianbao.model.TextBlock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed report, whole and exactly, as bytes and back: what the library keeps so that opening a stored report
 * does not read its document again. Compact and without reflection; the first byte is the layout's version, and
 * bytes of another version (or damaged ones) decode to nothing, so the caller reads the source instead.
 */
final class ParsedReportCodec {
    private static final int VERSION = 3;

    private ParsedReportCodec() {
    }

    static byte[] encode(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096 + report.text().length() * 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            string(out, report.file());
            string(out, report.sourceFormat());
            string(out, report.organ());
            out.writeInt(report.year() == null ? Integer.MIN_VALUE : report.year());
            string(out, report.template() == null ? null : report.template().name());
            List<Cell> cells = new ArrayList<>();
            report.tables().cells().forEach(cells::add);
            List<String> tableKeys = new ArrayList<>(report.tables().tableKeys());
            out.writeInt(tableKeys.size());
            for (String table : tableKeys) {
                string(out, table); // a table may be there without a row: its key is kept all the same
            }
            out.writeInt(cells.size());
            for (Cell cell : cells) {
                cell(out, cell);
            }
            out.writeInt(report.sections().size());
            for (Section section : report.sections()) {
                out.writeInt(section.number());
                string(out, section.heading());
                span(out, section.span());
                out.writeBoolean(section.canonical());
            }
            out.writeInt(report.narrative().size());
            for (TextBlock block : report.narrative()) {
                string(out, block.text());
                span(out, block.span());
            }
            out.writeInt(report.formatMarkers().size());
            for (String marker : report.formatMarkers()) {
                string(out, marker);
            }
            string(out, report.text());
            out.writeBoolean(report.ocr());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The report, or null when the bytes are of another layout version or damaged. */
    static Report decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                return null;
            }
            String file = string(in);
            String sourceFormat = string(in);
            String organ = string(in);
            int year = in.readInt();
            String template = string(in);
            Tables.Builder tables = Tables.builder();
            int tableCount = in.readInt();
            for (int i = 0; i < tableCount; i++) {
                tables.table(string(in));
            }
            int cellCount = in.readInt();
            for (int i = 0; i < cellCount; i++) {
                tables.put(cell(in));
            }
            List<Section> sections = new ArrayList<>();
            int sectionCount = in.readInt();
            for (int i = 0; i < sectionCount; i++) {
                sections.add(new Section(in.readInt(), string(in), span(in), in.readBoolean()));
            }
            List<TextBlock> narrative = new ArrayList<>();
            int blockCount = in.readInt();
            for (int i = 0; i < blockCount; i++) {
                narrative.add(new TextBlock(string(in), span(in)));
            }
            List<String> markers = new ArrayList<>();
            int markerCount = in.readInt();
            for (int i = 0; i < markerCount; i++) {
                markers.add(string(in));
            }
            String text = string(in);
            boolean ocr = in.readBoolean();
            if (in.read() != -1) {
                return null; // more than a report: not what was written
            }
            return new Report(file, sourceFormat, organ, year == Integer.MIN_VALUE ? null : year,
                    template == null ? null : FormatVersion.valueOf(template), tables.build(), sections, narrative,
                    markers, text, ocr);
        } catch (IOException | RuntimeException e) {
            return null; // damaged: the caller reads the source again
        }
    }

    private static void cell(DataOutputStream out, Cell cell) throws IOException {
        string(out, cell.ref().table());
        string(out, cell.ref().row());
        string(out, cell.ref().column());
        string(out, cell.raw());
        out.writeByte(cell.kind().ordinal());
        string(out, cell.number() == null ? null : cell.number().toString());
        Provenance p = cell.provenance();
        out.writeBoolean(p != null);
        if (p != null) {
            span(out, p.span());
            Box box = p.box();
            out.writeBoolean(box != null);
            if (box != null) {
                out.writeInt(box.page());
                out.writeDouble(box.x());
                out.writeDouble(box.y());
                out.writeDouble(box.width());
                out.writeDouble(box.height());
            }
            out.writeBoolean(p.confidence() != null);
            if (p.confidence() != null) {
                out.writeDouble(p.confidence());
            }
        }
        string(out, cell.uncertainty());
        string(out, cell.inference());
    }

    private static Cell cell(DataInputStream in) throws IOException {
        CellRef ref = new CellRef(string(in), string(in), string(in));
        String raw = string(in);
        Cell.Kind kind = Cell.Kind.values()[in.readByte()];
        String number = string(in);
        Provenance provenance = null;
        if (in.readBoolean()) {
            Span span = span(in);
            Box box = in.readBoolean()
                    ? new Box(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()) : null;
            provenance = new Provenance(span, box, in.readBoolean() ? in.readDouble() : null);
        }
        return new Cell(ref, raw, kind, number == null ? null : new BigDecimal(number), provenance, string(in),
                string(in));
    }

    private static void span(DataOutputStream out, Span span) throws IOException {
        out.writeBoolean(span != null);
        if (span != null) {
            out.writeInt(span.start());
            out.writeInt(span.end());
        }
    }

    private static Span span(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Span(in.readInt(), in.readInt()) : null;
    }

    /** A string as its UTF-16 units, so that every string comes back exactly (a lone surrogate too). */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] units = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            units[2 * i] = (byte) (c >>> 8);
            units[2 * i + 1] = (byte) c;
        }
        out.writeInt(s.length());
        out.write(units);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] units = in.readNBytes(length * 2);
        if (units.length != length * 2) {
            throw new IOException("truncated");
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (((units[2 * i] & 0xff) << 8) | (units[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }
}
