package org.kasang.pdf.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells with ruled borders. A row that does not fit goes to the next page, under the table's
 * header rows again. Narrow columns get what they need; the others share the rest by how much text they hold.
 */
final class Table {

    private static final float PADDING = 4;
    private static final Color RULE = new Color(0xC4, 0xCD, 0xD3);
    private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF1);

    private final Flow flow;
    private final List<List<RichText>> rows;
    private final List<Boolean> header;

    Table(Flow flow, List<List<RichText>> rows, List<Boolean> header) {
        this.flow = flow;
        this.rows = rows;
        this.header = header;
    }

    void draw(float indent) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        float[] widths = columnWidths(columns, flow.width() - indent);
        for (int r = 0; r < rows.size(); r++) {
            List<List<Line>> cells = set(rows.get(r), widths);
            float height = height(cells);
            if (!flow.fits(height) && height <= flow.bodyHeight()) {
                flow.newPage();
                if (!header.get(r)) {
                    for (int h = 0; h < rows.size(); h++) {
                        if (header.get(h)) {
                            List<List<Line>> headerCells = set(rows.get(h), widths);
                            drawRow(headerCells, widths, indent, height(headerCells), true);
                        }
                    }
                }
            }
            drawRow(cells, widths, indent, height, header.get(r));
        }
    }

    private List<List<Line>> set(List<RichText> row, float[] widths) {
        List<List<Line>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(c < row.size() ? flow.set(row.get(c), widths[c] - 2 * PADDING) : List.of());
        }
        return cells;
    }

    private float height(List<List<Line>> cells) {
        float height = 0;
        for (List<Line> lines : cells) {
            height = Math.max(height, flow.height(lines));
        }
        return height + 2 * PADDING;
    }

    private void drawRow(List<List<Line>> cells, float[] widths, float indent, float height, boolean isHeader) {
        flow.ensure(height);
        PageCanvas page = flow.page();
        float top = flow.y();
        float x = flow.left() + indent;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (isHeader) {
            page.fillRect(x, top, total, height, HEADER_FILL);
        }
        float cellX = x;
        for (int c = 0; c < widths.length; c++) {
            List<Line> lines = cells.get(c);
            boolean khmer = lines.stream().anyMatch(Line::khmer);
            float lineTop = top + PADDING;
            for (Line line : lines) {
                float lineHeight = flow.lineHeight(line, khmer);
                page.line(line, cellX + PADDING, lineTop + (lineHeight - line.ascent() - line.descent()) / 2 + line.ascent());
                lineTop += lineHeight;
            }
            cellX += widths[c];
        }
        page.rule(x, top, x + total, top, RULE, 0.6f);
        page.rule(x, top + height, x + total, top + height, RULE, 0.6f);
        cellX = x;
        for (int c = 0; c <= widths.length; c++) {
            page.rule(cellX, top, cellX, top + height, RULE, 0.6f);
            cellX += c < widths.length ? widths[c] : 0;
        }
        flow.advance(height);
    }

    private float[] columnWidths(int columns, float available) {
        float[] natural = new float[columns];
        for (List<RichText> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], flow.setter().naturalWidth(row.get(c)) + 2 * PADDING + 1);
            }
        }
        float[] widths = new float[columns];
        float fair = available / columns;
        float rest = available;
        float wideNatural = 0;
        for (int c = 0; c < columns; c++) {
            if (natural[c] <= fair) {
                widths[c] = natural[c];
                rest -= natural[c];
            } else {
                wideNatural += natural[c];
            }
        }
        float sum = 0;
        for (int c = 0; c < columns; c++) {
            if (natural[c] > fair) {
                widths[c] = rest * natural[c] / wideNatural;
            }
            sum += widths[c];
        }
        for (int c = 0; c < columns && sum < available; c++) {
            widths[c] *= available / sum;
        }
        return widths;
    }
}
