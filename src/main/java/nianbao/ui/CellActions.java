package nianbao.ui;

import nianbao.model.CellRef;

/** What a table's value cells ask of the report shown: commit an edit, follow focus, put back the printed value. */
interface CellActions {
    void commit(CellField field, String text);

    void focused(CellRef ref);

    /** Puts the cell back to the value the report printed. */
    void revert(CellRef ref);

    boolean isCorrected(CellRef ref);
}
