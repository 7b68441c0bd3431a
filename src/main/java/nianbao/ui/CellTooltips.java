package nianbao.ui;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.Finding;
import nianbao.review.ReviewSession;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes what hovering a cell shows: the findings that name it and, if corrected, the printed value and the note. */
final class CellTooltips {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private CellTooltips() {
    }

    static Optional<String> of(ReviewSession session, List<Finding> findings, CellRef ref) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(DisplayNames.severity(f.severity()) + "：" + f.message());
        }
        session.correctionOf(ref).ifPresent(c -> lines.addAll(correction(session, c)));
        Cell cell = session.current().tables().cell(ref);
        if (cell != null && cell.uncertain() && findings.stream().noneMatch(f -> CellMarks.UNCERTAIN_RULE.equals(f.rule()))) {
            lines.add(I18n.t("cell.uncertain", cell.uncertainty()));
        } else if (cell != null && cell.inferred() && findings.stream().noneMatch(f -> nianbao.check.InferredValueRule.ID.equals(f.rule()))) {
            lines.add(I18n.t("cell.inferred", cell.inference()));
        }
        if (cell != null && cell.provenance() != null && cell.provenance().ocr()) {
            lines.add(I18n.t("cell.ocr", Math.round(cell.provenance().confidence() * 100)));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private static List<String> correction(ReviewSession session, Correction c) {
        Cell original = session.original().tables().cell(c.ref());
        String printed = original == null ? I18n.t("cell.absent") : shown(original.raw());
        List<String> lines = new ArrayList<>();
        lines.add(I18n.t("cell.corrected.original", printed));
        lines.add(I18n.t("cell.corrected.kind", DisplayNames.correctionKind(c.kind())));
        if (c.note() != null && !c.note().isBlank()) {
            lines.add(I18n.t("cell.corrected.note", c.note()));
        }
        lines.add(I18n.t("cell.corrected.by", c.examiner() == null ? "" : c.examiner(), TIME.format(c.at())));
        return lines;
    }

    private static String shown(String raw) {
        return raw == null || raw.isBlank() ? I18n.t("cell.blank") : raw.strip();
    }
}
