package nianbao.model;

/** Where the examiner is with a report: 未审, 审核中, 已审核. */
public enum ReviewStatus {
    UNREVIEWED, IN_REVIEW, REVIEWED
}
