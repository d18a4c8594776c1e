package org.kasang.indicators.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

/**
 * Text on server-rendered charts in the bundled Noto faces (the PDF's, never the system's): each character in the
 * face of its script, laid out by Java2D's TextLayout, which shapes Khmer (subscripts, vowels before their base).
 */
public final class ChartText {

    public enum Align { LEFT, CENTER, RIGHT }

    private static final Font SANS = load("NotoSans-Regular.ttf");
    private static final Font SANS_BOLD = load("NotoSans-Bold.ttf");
    private static final Font KHMER = load("NotoSansKhmer-Regular.ttf");
    private static final Font KHMER_BOLD = load("NotoSansKhmer-Bold.ttf");

    private ChartText() {
    }

    /** The shaped text, or null for empty text (TextLayout refuses it). */
    public static TextLayout layout(Graphics2D g, String text, float size, boolean bold) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        AttributedString attributed = new AttributedString(text);
        Font latin = (bold ? SANS_BOLD : SANS).deriveFont(size);
        Font khmer = (bold ? KHMER_BOLD : KHMER).deriveFont(size);
        boolean previousKhmer = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isKhmer = isKhmer(c) || (Character.isWhitespace(c) && previousKhmer);
            attributed.addAttribute(TextAttribute.FONT, isKhmer ? khmer : latin, i, i + 1);
            previousKhmer = isKhmer;
        }
        return new TextLayout(attributed.getIterator(), g.getFontRenderContext());
    }

    public static float width(Graphics2D g, String text, float size, boolean bold) {
        TextLayout layout = layout(g, text, size, bold);
        return layout == null ? 0 : layout.getAdvance();
    }

    /** Draws the text with its baseline at {@code baseline}; {@code x} is its left end, middle or right end. */
    public static void draw(Graphics2D g, String text, float size, boolean bold, float x, float baseline, Align align) {
        TextLayout layout = layout(g, text, size, bold);
        if (layout == null) {
            return;
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - layout.getAdvance() / 2;
            case RIGHT -> x - layout.getAdvance();
        };
        layout.draw(g, left, baseline);
    }

    /** The text cut with an ellipsis to fit {@code max} points. */
    public static String fitted(Graphics2D g, String text, float size, boolean bold, float max) {
        if (text == null || width(g, text, size, bold) <= max) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(g, cut + "\u2026", size, bold) > max) {
            cut = cut.substring(0, cut.length() - 1);
            // Never end inside a Khmer cluster: drop a dangling coeng with its subscript still to come.
            while (cut.length() > 1 && cut.charAt(cut.length() - 1) == '\u17D2') {
                cut = cut.substring(0, cut.length() - 1);
            }
        }
        return cut + "\u2026";
    }

    static boolean isKhmer(char c) {
        return (c >= '\u1780' && c <= '\u17FF') || (c >= '\u19E0' && c <= '\u19FF');
    }

    private static Font load(String file) {
        try (InputStream in = ChartText.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
