package nianbao.ui;

import nianbao.model.CellRef;

/** What a table's value cells ask of the report shown: commit an edit and follow focus. */
interface CellActions {
    void commit(CellField field, String text);

    void focused(CellRef ref);
}
