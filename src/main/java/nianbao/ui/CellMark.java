package nianbao.ui;

/** A state a table cell is shown in; each is a CSS style class, so colours live in the stylesheet, not in code. */
public enum CellMark {
    ERROR("error"), WARNING("warning"), UNCERTAIN("uncertain"), BLANK("blank"), CORRECTED("corrected"),
    MISSING("missing");

    private final String styleClass;

    CellMark(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
