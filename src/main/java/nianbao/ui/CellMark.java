package nianbao.ui;

/**
 * A state a table cell is shown in (INFERRED: the layout allowed several places for the value and the form's own sums
 * chose this one, or placed a row whose label was lost; OCR: read from a page image); each is a CSS style class, so colours live in the stylesheet, not in code. */
public enum CellMark {
    ERROR("error"), WARNING("warning"), UNCERTAIN("uncertain"), BLANK("blank"), CORRECTED("corrected"),
    MISSING("missing"), INFERRED("inferred"), OCR("ocr");

    private final String styleClass;

    CellMark(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
