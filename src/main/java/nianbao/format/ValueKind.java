package nianbao.format;

/** What a column holds: a count (never below 0), a signed change, a decimal amount, or free text with a unit. */
public enum ValueKind {
    COUNT, SIGNED, DECIMAL, FREE_TEXT
}
