package nianbao.model;

/** How the examiner settled a finding. */
public enum Resolution {
    /** 报告本身错误（已确认）: the report itself is wrong, confirmed. */
    REPORT_ERROR_CONFIRMED,
    /** 解析错误（已更正）: the parser was wrong and the value has been corrected. */
    PARSE_ERROR_CORRECTED,
    /** 已忽略: not a problem. */
    DISMISSED
}
