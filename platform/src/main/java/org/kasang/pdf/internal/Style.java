package org.kasang.pdf.internal;

import java.awt.Color;

/** How a stretch of text looks. */
public record Style(float size, boolean bold, boolean italic, Color color, boolean underline) {

    public static final Color INK = new Color(0x1F, 0x29, 0x33);
    public static final Color MUTED = new Color(0x5B, 0x67, 0x70);
    public static final Color ACCENT = new Color(0x0B, 0x5E, 0x55);
    public static final Color LINK = new Color(0x0B, 0x4F, 0x8C);

    public static Style of(float size) {
        return new Style(size, false, false, INK, false);
    }

    public Style size(float newSize) {
        return new Style(newSize, bold, italic, color, underline);
    }

    public Style asBold() {
        return new Style(size, true, italic, color, underline);
    }

    public Style asItalic() {
        return new Style(size, bold, true, color, underline);
    }

    public Style color(Color newColor) {
        return new Style(size, bold, italic, newColor, underline);
    }

    public Style underlined() {
        return new Style(size, bold, italic, color, true);
    }
}
