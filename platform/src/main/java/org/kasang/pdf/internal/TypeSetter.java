package org.kasang.pdf.internal;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Breaks styled text into lines and shapes each line with Java2D's layout, which shapes Khmer correctly.
 * Each character gets a face of its script (Noto Sans Khmer or Noto Sans); spaces and zero-width characters
 * keep the face around them. A line never ends inside a cluster (a consonant with its coeng subscripts and
 * vowel signs); it ends after a space or a zero-width space when one fits, else between clusters, because
 * Khmer words often run on without spaces.
 */
public final class TypeSetter {

    private static final char COENG = '\u17D2';
    private static final char ZWSP = '\u200B';
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private final Fonts fonts;

    public TypeSetter(Fonts fonts) {
        this.fonts = fonts;
    }

    public Fonts fonts() {
        return fonts;
    }

    /** The lines of the text set in the given width; none for empty text. */
    public List<Line> lines(RichText rich, float width) {
        String text = rich.text();
        char[] chars = text.toCharArray();
        int n = chars.length;
        List<Line> lines = new ArrayList<>();
        if (n == 0) {
            return lines;
        }
        Style[] styles = new Style[n];
        int at = 0;
        for (RichText.Span span : rich.spans()) {
            for (int i = 0; i < span.text().length(); i++) {
                styles[at++] = span.style();
            }
        }
        Typeface[] faces = faces(chars, styles);
        float[] advances = advances(chars, styles, faces);
        boolean[] clusterStart = clusterStarts(chars);
        boolean[] lineStart = lineStarts(text, chars, clusterStart);

        int start = 0;
        while (true) {
            int hard = text.indexOf('\n', start);
            hard = hard < 0 ? n : hard;
            if (start == hard) {
                lines.add(empty(styles[Math.min(start, n - 1)]));
            }
            int from = start;
            while (from < hard) {
                int end = breakAfter(chars, advances, clusterStart, lineStart, from, hard, width);
                lines.add(line(chars, styles, faces, from, end));
                from = end;
            }
            if (hard >= n) {
                return lines;
            }
            start = hard + 1;
            if (start == n) {
                lines.add(empty(styles[n - 1]));
                return lines;
            }
        }
    }

    /** The width the text takes on one line (the widest line, when it holds line breaks). */
    public float naturalWidth(RichText rich) {
        return (float) lines(rich, Float.MAX_VALUE).stream().mapToDouble(Line::width).max().orElse(0);
    }

    private int breakAfter(char[] chars, float[] advances, boolean[] clusterStart, boolean[] lineStart, int from,
                           int hard, float width) {
        float used = 0;
        int lastWordStart = -1;
        int pos = from;
        while (pos < hard) {
            int next = pos + 1;
            while (next < hard && !clusterStart[next]) {
                next++;
            }
            float advance = 0;
            boolean blank = true;
            for (int i = pos; i < next; i++) {
                advance += advances[i];
                blank &= isBlank(chars[i]);
            }
            if (!blank && pos > from && used + advance > width + 0.01f) {
                return lastWordStart > from ? lastWordStart : pos;
            }
            used += advance;
            pos = next;
            if (pos < hard && lineStart[pos]) {
                lastWordStart = pos;
            }
        }
        return hard;
    }

    private Line line(char[] chars, Style[] styles, Typeface[] faces, int from, int to) {
        int end = to;
        while (end > from && isBlank(chars[end - 1])) {
            end--;
        }
        List<GlyphRun> runs = new ArrayList<>();
        float x = 0;
        float ascent = 0;
        float descent = 0;
        boolean khmer = false;
        int runStart = from;
        while (runStart < end) {
            int runEnd = runStart + 1;
            while (runEnd < end && faces[runEnd] == faces[runStart] && styles[runEnd].equals(styles[runStart])) {
                runEnd++;
            }
            GlyphRun run = shape(chars, runStart, runEnd, faces[runStart], styles[runStart], x);
            runs.add(run);
            x += run.advance();
            var metrics = fonts.font(run.face(), run.size()).getLineMetrics(chars, runStart, runEnd, Fonts.RENDER_CONTEXT);
            ascent = Math.max(ascent, metrics.getAscent());
            descent = Math.max(descent, metrics.getDescent());
            khmer |= run.face().isKhmer();
            runStart = runEnd;
        }
        if (runs.isEmpty()) {
            return empty(styles[from]);
        }
        return new Line(List.copyOf(runs), x, ascent, descent, khmer);
    }

    private Line empty(Style style) {
        var metrics = fonts.font(Typeface.SANS, style.size()).getLineMetrics("x", Fonts.RENDER_CONTEXT);
        return new Line(List.of(), 0, metrics.getAscent(), metrics.getDescent(), false);
    }

    private GlyphRun shape(char[] chars, int from, int to, Typeface face, Style style, float x) {
        Font font = fonts.font(face, style.size());
        GlyphVector vector = font.layoutGlyphVector(Fonts.RENDER_CONTEXT, chars, from, to, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] glyphs = new int[count];
        float[] dx = new float[count];
        float[] dy = new float[count];
        int kept = 0;
        for (int g = 0; g < count; g++) {
            int code = vector.getGlyphCode(g);
            char source = chars[from + vector.getGlyphCharIndex(g)];
            if (code >= 0xFFFE || isIgnorable(source)) {
                continue;
            }
            glyphs[kept] = code;
            dx[kept] = positions[2 * g];
            dy[kept] = positions[2 * g + 1];
            kept++;
        }
        glyphs = Arrays.copyOf(glyphs, kept);
        String text = new String(chars, from, to - from);
        return new GlyphRun(face, style.size(), style.color(), style.underline(), x, glyphs,
                Arrays.copyOf(dx, kept), Arrays.copyOf(dy, kept), positions[2 * count], text,
                mapsBack(font, text, glyphs));
    }

    /**
     * Whether the shaped glyphs are the characters' own glyphs one by one, so the font's map reads them back.
     * Text with combining marks never does: readers reorder marks by where they are drawn.
     */
    private static boolean mapsBack(Font font, String text, int[] glyphs) {
        if (text.codePoints().map(Character::getType).anyMatch(type -> type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK)) {
            return false;
        }
        StringBuilder visible = new StringBuilder();
        text.chars().filter(c -> !isIgnorable((char) c)).forEach(c -> visible.append((char) c));
        if (visible.length() != glyphs.length) {
            return false;
        }
        int[] own = font.createGlyphVector(Fonts.RENDER_CONTEXT, visible.toString()).getGlyphCodes(0, glyphs.length, null);
        return Arrays.equals(own, glyphs);
    }

    /** Per character, its share of the advance of the glyphs shaped from it; a cluster's share adds up to its width. */
    private float[] advances(char[] chars, Style[] styles, Typeface[] faces) {
        float[] advances = new float[chars.length];
        int from = 0;
        while (from < chars.length) {
            int to = from + 1;
            while (to < chars.length && faces[to] == faces[from] && styles[to].equals(styles[from])
                    && chars[to] != '\n' && chars[from] != '\n') {
                to++;
            }
            if (chars[from] != '\n') {
                GlyphVector vector = fonts.font(faces[from], styles[from].size())
                        .layoutGlyphVector(Fonts.RENDER_CONTEXT, chars, from, to, Font.LAYOUT_LEFT_TO_RIGHT);
                int count = vector.getNumGlyphs();
                float[] positions = vector.getGlyphPositions(0, count + 1, null);
                for (int g = 0; g < count; g++) {
                    advances[from + vector.getGlyphCharIndex(g)] += positions[2 * (g + 1)] - positions[2 * g];
                }
            }
            from = to;
        }
        return advances;
    }

    private Typeface[] faces(char[] chars, Style[] styles) {
        int n = chars.length;
        Boolean[] khmer = new Boolean[n];
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (Character.isLowSurrogate(c) && i > 0) {
                khmer[i] = khmer[i - 1];
            } else if (!isNeutral(c)) {
                khmer[i] = isKhmer(c);
            }
        }
        Boolean previous = null;
        for (int i = 0; i < n; i++) {
            if (khmer[i] == null) {
                khmer[i] = previous;
            }
            previous = khmer[i];
        }
        Boolean following = Boolean.FALSE;
        for (int i = n - 1; i >= 0; i--) {
            if (khmer[i] == null) {
                khmer[i] = following;
            }
            following = khmer[i];
        }
        Typeface[] faces = new Typeface[n];
        for (int i = 0; i < n; i++) {
            Style style = styles[i];
            Typeface face = Typeface.of(khmer[i], style.bold(), style.italic());
            if (!Character.isSurrogate(chars[i]) && !fonts.font(face, 1).canDisplay(chars[i])) {
                Typeface other = Typeface.of(!khmer[i], style.bold(), style.italic());
                face = fonts.font(other, 1).canDisplay(chars[i]) ? other : face;
            }
            faces[i] = face;
        }
        return faces;
    }

    /** Where a cluster starts: not before a combining mark or joiner, not after a coeng or joiner. */
    static boolean[] clusterStarts(char[] chars) {
        boolean[] starts = new boolean[chars.length];
        for (int i = 0; i < chars.length; i++) {
            if (i == 0) {
                starts[i] = true;
                continue;
            }
            char c = chars[i];
            char before = chars[i - 1];
            int type = Character.getType(Character.codePointAt(chars, i));
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            starts[i] = !Character.isLowSurrogate(c) && !mark && c != ZWJ && c != ZWNJ
                    && before != COENG && before != ZWJ;
        }
        return starts;
    }

    /** Where a line may start: after a space or zero-width space, or where the line-break rules allow, between clusters. */
    static boolean[] lineStarts(String text, char[] chars, boolean[] clusterStart) {
        boolean[] starts = new boolean[chars.length];
        BreakIterator rules = BreakIterator.getLineInstance(Locale.ROOT);
        rules.setText(text);
        for (int b = rules.first(); b != BreakIterator.DONE; b = rules.next()) {
            if (b > 0 && b < chars.length) {
                starts[b] = true;
            }
        }
        for (int i = 1; i < chars.length; i++) {
            boolean afterSpace = isBlank(chars[i - 1]) && !isBlank(chars[i]);
            starts[i] = clusterStart[i] && !isBlank(chars[i]) && (starts[i] || afterSpace);
        }
        return starts;
    }

    static boolean isKhmer(char c) {
        return (c >= '\u1780' && c <= '\u17FF') || (c >= '\u19E0' && c <= '\u19FF');
    }

    private static boolean isNeutral(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == ZWSP || c == ZWNJ || c == ZWJ || c == '\u2060';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == ZWSP;
    }

    private static boolean isIgnorable(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u2060' && c <= '\u2064') || c == '\uFEFF' || c == '\u00AD'
                || c == '\n';
    }
}
