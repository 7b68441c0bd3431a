package nianbao.model;


/**
 * One report of a season's summary: its id in the library, the report as reviewed now, the examiner who changed its
 * review last (null: nobody yet), and the repetition rate against the same organ's previous year (null: none).
 */
public record OverviewRow(long id, ReviewedReport reviewed, String examiner, Double repetition) {
}
