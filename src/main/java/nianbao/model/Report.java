package nianbao.model;

import java.util.List;

/**
 * A parsed annual report: who published it and for which year, which format it follows, its three tables, the
 * section headings found, the running text (for the narrative checks), evidence of the old format, and the full
 * extracted text every provenance points into.
 *
 * @param formatMarkers old-format fingerprints found (e.g. 本年新制作数量); empty for a clean 2021-format report
 * @param ocr           whether some of it was read from page images by OCR
 */
public record Report(String file, String sourceFormat, String organ, Integer year, FormatVersion template,
                     Tables tables, List<Section> sections, List<TextBlock> narrative, List<String> formatMarkers,
                     String text, boolean ocr) {
    public Report {
        sections = List.copyOf(sections);
        narrative = List.copyOf(narrative);
        formatMarkers = List.copyOf(formatMarkers);
    }

    /** A report none of whose values was read from a page image. */
    public Report(String file, String sourceFormat, String organ, Integer year, FormatVersion template,
                  Tables tables, List<Section> sections, List<TextBlock> narrative, List<String> formatMarkers,
                  String text) {
        this(file, sourceFormat, organ, year, template, tables, sections, narrative, formatMarkers, text, false);
    }

    public Report withTables(Tables newTables) {
        return new Report(file, sourceFormat, organ, year, template, newTables, sections, narrative, formatMarkers,
                text, ocr);
    }
}
