package nianbao.review;

import nianbao.check.Repetition;
import nianbao.model.Report;
import nianbao.store.StoredReport;

/**
 * A report's previous year as its session compares with it: the stored report, its tables as now corrected, and the
 * repetition of this year's narrative against it (measured once: corrections change cells, not the narrative).
 */
public record PreviousYear(StoredReport stored, Report tables, Repetition repetition) {
}
