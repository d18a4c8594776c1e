package org.kasang.pdf.internal;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Draws on one page, in points from the top-left corner. Text is written as glyph ids of the embedded fonts
 * with the positions Java2D's shaping gave them; a run whose glyphs do not read back to its characters
 * (Khmer clusters: subscripts, reordered vowels) carries its text as ActualText, so copying and searching work.
 */
public final class PageCanvas {

    private final PdfFile file;
    private final PDPage page;
    private final float height;
    private final StringBuilder content = new StringBuilder();

    PageCanvas(PdfFile file, PDPage page) {
        this.file = file;
        this.page = page;
        this.height = page.getMediaBox().getHeight();
    }

    public float width() {
        return page.getMediaBox().getWidth();
    }

    public float height() {
        return height;
    }

    /** Draws a line of text with its baseline at {@code baseline}, starting at {@code x}. */
    public void line(Line line, float x, float baseline) {
        for (GlyphRun run : line.runs()) {
            text(run, x + run.x(), baseline);
        }
    }

    public void text(GlyphRun run, float x, float baseline) {
        if (run.underline()) {
            rule(x, baseline + run.size() * 0.14f, x + run.advance(), baseline + run.size() * 0.14f, run.color(),
                    Math.max(0.4f, run.size() / 18));
        }
        if (run.glyphs().length == 0) {
            return;
        }
        var font = file.font(run.face(), run.glyphs());
        COSName name = page.getResources().add(font);
        if (!run.mapsBack()) {
            content.append("/Span <</ActualText <FEFF")
                    .append(HexFormat.of().withUpperCase().formatHex(run.text().getBytes(StandardCharsets.UTF_16BE)))
                    .append(">>> BDC\n");
        }
        fill(run.color());
        content.append("BT /").append(name.getName()).append(' ').append(num(run.size())).append(" Tf ")
                .append(num(x)).append(' ').append(num(height - baseline)).append(" Td\n[");
        float pen = 0;
        float rise = 0;
        boolean inString = false;
        for (int i = 0; i < run.glyphs().length; i++) {
            float wantedRise = -run.dy()[i];
            if (Math.abs(wantedRise - rise) > 0.005f) {
                content.append(inString ? ">" : "").append("] TJ ").append(num(wantedRise)).append(" Ts [");
                inString = false;
                rise = wantedRise;
            }
            float adjust = (pen - run.dx()[i]) * 1000 / run.size();
            if (Math.abs(adjust) > 0.05f) {
                content.append(inString ? ">" : "").append(num(adjust));
                inString = false;
            }
            if (!inString) {
                content.append('<');
                inString = true;
            }
            content.append(String.format(Locale.ROOT, "%04X", run.glyphs()[i]));
            pen = run.dx()[i] + file.width(run.face(), run.glyphs()[i]) * run.size() / 1000;
        }
        content.append(inString ? ">" : "").append("] TJ");
        if (rise != 0) {
            content.append(" 0 Ts");
        }
        content.append(" ET\n");
        if (!run.mapsBack()) {
            content.append("EMC\n");
        }
    }

    public void fillRect(float x, float y, float w, float h, Color color) {
        fill(color);
        content.append(num(x)).append(' ').append(num(height - y - h)).append(' ').append(num(w)).append(' ')
                .append(num(h)).append(" re f\n");
    }

    public void strokeRect(float x, float y, float w, float h, Color color, float lineWidth) {
        stroke(color, lineWidth);
        content.append(num(x)).append(' ').append(num(height - y - h)).append(' ').append(num(w)).append(' ')
                .append(num(h)).append(" re S\n");
    }

    public void rule(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        stroke(color, lineWidth);
        content.append(num(x1)).append(' ').append(num(height - y1)).append(" m ").append(num(x2)).append(' ')
                .append(num(height - y2)).append(" l S\n");
    }

    public void image(PDImageXObject image, float x, float y, float w, float h) {
        COSName name = page.getResources().add(image);
        content.append("q ").append(num(w)).append(" 0 0 ").append(num(h)).append(' ').append(num(x)).append(' ')
                .append(num(height - y - h)).append(" cm /").append(name.getName()).append(" Do Q\n");
    }

    void finish(PDDocument document) throws IOException {
        byte[] bytes = content.toString().getBytes(StandardCharsets.US_ASCII);
        page.setContents(new PDStream(document, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE));
    }

    private void fill(Color color) {
        content.append(rgb(color)).append(" rg\n");
    }

    private void stroke(Color color, float lineWidth) {
        content.append(rgb(color)).append(" RG ").append(num(lineWidth)).append(" w\n");
    }

    private static String rgb(Color color) {
        return num(color.getRed() / 255f) + " " + num(color.getGreen() / 255f) + " " + num(color.getBlue() / 255f);
    }

    static String num(float value) {
        float rounded = Math.round(value * 100) / 100f;
        if (rounded == (long) rounded) {
            return Long.toString((long) rounded);
        }
        return new BigDecimal(Float.toString(rounded)).stripTrailingZeros().toPlainString();
    }
}
