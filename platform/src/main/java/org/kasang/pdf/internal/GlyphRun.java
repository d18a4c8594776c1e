package org.kasang.pdf.internal;

import java.awt.Color;

/**
 * Shaped text in one face: glyph ids as the font numbers them, each at its position from the run's start
 * (points, y down), as Java2D's layout placed them: Khmer subscripts, vowels before or around their base
 * and marks with their offsets. {@code text} is what the glyphs stand for; {@code mapsBack} tells whether
 * the glyphs read back to it one by one, or a reader needs to be told.
 */
public record GlyphRun(Typeface face, float size, Color color, boolean underline, float x, int[] glyphs,
                       float[] dx, float[] dy, float advance, String text, boolean mapsBack) {
}
