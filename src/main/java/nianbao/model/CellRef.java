package nianbao.model;

/** Addresses one cell of a report by its canonical keys: table, row and column (column null for a whole row). */
public record CellRef(String table, String row, String column) {
    @Override
    public String toString() {
        return table + "." + row + (column == null ? "" : "." + column);
    }
}
