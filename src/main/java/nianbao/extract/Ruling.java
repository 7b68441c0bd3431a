package nianbao.extract;

/**
 * A vertical line drawn on a PDF page (a table's column border): its page, its x, and its top and bottom in the same
 * top-down coordinates as word boxes.
 */
public record Ruling(int page, double x, double top, double bottom) {
    /** True when the line runs past the vertical middle of a box that spans {@code boxTop..boxBottom}. */
    public boolean crosses(int boxPage, double boxTop, double boxBottom) {
        double middle = (boxTop + boxBottom) / 2;
        return page == boxPage && top <= middle && bottom >= middle;
    }
}
