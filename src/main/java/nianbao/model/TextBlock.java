package nianbao.model;

/** A stretch of the report's running text (outside the tables) with its place in the source text. */
public record TextBlock(String text, Span span) {
}
