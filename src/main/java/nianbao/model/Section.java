package nianbao.model;

/**
 * A section heading found in the report: which of the six national sections it is (1–6), the heading as printed,
 * where it is, and whether its number and wording are the canonical ones.
 */
public record Section(int number, String heading, Span span, boolean canonical) {
}
