package org.kasang.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts bundled under {@code fonts/} on the classpath, never the system's: a PDF must look the same on
 * every server. Loaded once; fonts and their glyph widths are immutable and shared between threads.
 */
public final class Fonts {

    /** Unhinted, fractional metrics: glyph positions in points, as the PDF will place them. */
    public static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private static final Fonts BUNDLED = load();

    private final Map<Typeface, byte[]> files;
    private final Map<Typeface, Font> fonts;
    private final Map<Typeface, int[]> widths;
    private final Map<Long, Font> sized = new ConcurrentHashMap<>();

    private Fonts(Map<Typeface, byte[]> files, Map<Typeface, Font> fonts, Map<Typeface, int[]> widths) {
        this.files = files;
        this.fonts = fonts;
        this.widths = widths;
    }

    public static Fonts bundled() {
        return BUNDLED;
    }

    public Font font(Typeface face, float size) {
        long key = ((long) face.ordinal() << 32) | Float.floatToIntBits(size);
        return sized.computeIfAbsent(key, k -> fonts.get(face).deriveFont(size));
    }

    byte[] file(Typeface face) {
        return files.get(face);
    }

    /** The glyph's advance in thousandths of the font size, as the embedded font's widths give it. */
    int width(Typeface face, int glyph) {
        int[] w = widths.get(face);
        return glyph >= 0 && glyph < w.length ? w[glyph] : 0;
    }

    private static Fonts load() {
        Map<Typeface, byte[]> files = new EnumMap<>(Typeface.class);
        Map<Typeface, Font> fonts = new EnumMap<>(Typeface.class);
        Map<Typeface, int[]> widths = new EnumMap<>(Typeface.class);
        for (Typeface face : Typeface.values()) {
            try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + face.file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: fonts/" + face.file);
                }
                byte[] bytes = in.readAllBytes();
                Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                files.put(face, bytes);
                fonts.put(face, font);
                widths.put(face, advances(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Fonts(files, fonts, widths);
    }

    /** Every glyph's advance at 1000 points: the widths the embedded font declares, in thousandths of an em. */
    private static int[] advances(Font font) {
        int count = font.getNumGlyphs();
        int[] glyphs = new int[count];
        for (int i = 0; i < count; i++) {
            glyphs[i] = i;
        }
        var vector = font.deriveFont(1000f).createGlyphVector(RENDER_CONTEXT, glyphs);
        int[] widths = new int[count];
        for (int i = 0; i < count; i++) {
            widths[i] = Math.round(vector.getGlyphMetrics(i).getAdvanceX());
        }
        return widths;
    }
}
