package nianbao.model;

/** A rectangle on a page (1-based page number, PDF user-space units), where a value was printed. */
public record Box(int page, double x, double y, double width, double height) {
}
