package org.kasang.pdf.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Places blocks top to bottom in a column, turning to a new page when the next line or block does not fit. */
public final class Flow {

    public enum Align { LEFT, CENTER, RIGHT }

    /** Where the first of some lines went: its page and its baseline. */
    public record Placed(PageCanvas page, float baseline) {
    }

    /** Khmer stacks subscripts and vowels above and below its consonants: its lines need more room. */
    private static final float LATIN_LEADING = 1.1f;
    private static final float KHMER_LEADING = 1.3f;
    private static final Color BAR = new Color(0xC4, 0xCD, 0xD3);

    private final PdfFile file;
    private final TypeSetter setter;
    private final PDRectangle size;
    private final float left;
    private final float width;
    private final float top;
    private final float bottom;
    private final List<Float> bars = new ArrayList<>();
    private PageCanvas page;
    private float y;

    public Flow(PdfFile file, TypeSetter setter, PDRectangle size, float marginX, float marginTop, float marginBottom) {
        this.file = file;
        this.setter = setter;
        this.size = size;
        this.left = marginX;
        this.width = size.getWidth() - 2 * marginX;
        this.top = marginTop;
        this.bottom = size.getHeight() - marginBottom;
    }

    public TypeSetter setter() {
        return setter;
    }

    public PdfFile file() {
        return file;
    }

    public float left() {
        return left;
    }

    public float width() {
        return width;
    }

    public float y() {
        return y;
    }

    public PageCanvas page() {
        return page;
    }

    public float bodyHeight() {
        return bottom - top;
    }

    public void newPage() {
        page = file.newPage(size);
        y = top;
    }

    public boolean atTop() {
        return y <= top + 0.01f;
    }

    /** Vertical space between blocks; none at the top of a page. */
    public void space(float height) {
        if (!atTop()) {
            y = Math.min(y + height, bottom);
        }
    }

    /** Moves past something drawn at the current position. */
    public void advance(float height) {
        y += height;
    }

    public boolean fits(float height) {
        return page != null && (atTop() || y + height <= bottom + 0.01f);
    }

    /** Turns the page unless {@code height} fits below; what is taller than a page starts where it is. */
    public void ensure(float height) {
        if (page == null || (!fits(height) && height <= bodyHeight())) {
            newPage();
        }
    }

    public List<Line> set(RichText text, float lineWidth) {
        return setter.lines(text, lineWidth);
    }

    public float height(List<Line> lines) {
        boolean khmer = lines.stream().anyMatch(Line::khmer);
        return (float) lines.stream().mapToDouble(line -> lineHeight(line, khmer)).sum();
    }

    /** The lines from the current position, indented by {@code indent}; pages turn between lines. */
    public Placed lines(List<Line> lines, float indent, float lineWidth, Align align) {
        return lines(lines, indent, lineWidth, align, null, 0);
    }

    /** As {@link #lines}, with a list marker or number on the first line's baseline at {@code markerIndent}. */
    public Placed lines(List<Line> lines, float indent, float lineWidth, Align align, Line marker, float markerIndent) {
        boolean khmer = lines.stream().anyMatch(Line::khmer);
        boolean first = true;
        Placed placed = null;
        for (Line line : lines) {
            float height = lineHeight(line, khmer);
            ensure(height);
            float baseline = baseline(line, height);
            float x = left + indent + switch (align) {
                case LEFT -> 0;
                case CENTER -> (lineWidth - line.width()) / 2;
                case RIGHT -> lineWidth - line.width();
            };
            if (first) {
                placed = new Placed(page, baseline);
                if (marker != null) {
                    page.line(marker, left + markerIndent, baseline);
                }
            }
            page.line(line, x, baseline);
            for (float bar : bars) {
                page.rule(left + bar, y, left + bar, y + height, BAR, 2f);
            }
            y += height;
            first = false;
        }
        return placed;
    }

    /** Where a line's baseline sits when its box starts at the current position. */
    public float baseline(Line line, float height) {
        return y + (height - line.ascent() - line.descent()) / 2 + line.ascent();
    }

    public float lineHeight(Line line, boolean khmerParagraph) {
        return (line.ascent() + line.descent()) * (khmerParagraph || line.khmer() ? KHMER_LEADING : LATIN_LEADING);
    }

    /** A quotation bar drawn beside every line until {@link #endBar}. */
    public void beginBar(float indent) {
        bars.add(indent);
    }

    public void endBar() {
        bars.remove(bars.size() - 1);
    }
}
