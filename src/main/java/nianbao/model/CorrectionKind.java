package nianbao.model;

/** Why the examiner changed a value: the parser read it wrongly, or the report itself printed it wrongly. */
public enum CorrectionKind {
    PARSE_ERROR, REPORT_ERROR
}
