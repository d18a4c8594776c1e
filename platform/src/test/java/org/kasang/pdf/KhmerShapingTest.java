package org.kasang.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kasang.pdf.internal.Fonts;
import org.kasang.pdf.internal.PdfFile;
import org.kasang.pdf.internal.RichText;
import org.kasang.pdf.internal.Style;
import org.kasang.pdf.internal.TypeSetter;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Khmer in a PDF looks as Java2D shapes it (subscripts under their base, vowels before and around it), not as
 * its characters one after another. The three renderings are saved under target/khmer-shaping/ to look at.
 */
class KhmerShapingTest {

    /** Coeng subscripts (្ត ្រ ្ធ ្ង ្ម) and vowels before or around the base (េ ែ ៃ ោ ៅ). */
    static final String KHMER = "ការវិភាគថវិកាឃុំ ស្ត្រី ក្រសួង ប្រព័ន្ធ មេឃុំ កែលម្អ ថ្ងៃ ដោះស្រាយ សៅរ៍";
    static final float SIZE = 28;
    static final float WIDTH = 1100;
    static final float HEIGHT = 90;
    static final float X = 20;
    static final float BASELINE = 55;
    static final int DPI = 144;
    static final double SCALE = DPI / 72.0;

    @Test
    void khmer_in_the_pdf_is_shaped_as_java2d_shapes_it_and_stays_text() throws Exception {
        byte[] pdf = pdfOfTheLine();

        BufferedImage inPdf;
        String extracted;
        try (var document = Loader.loadPDF(pdf)) {
            EmbeddedFonts.assertEmbeddedSubsets(document);
            inPdf = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            extracted = new PDFTextStripper().getText(document);
        }
        Font font = bundledKhmer().deriveFont(SIZE);
        BufferedImage shaped = draw(g -> new TextLayout(KHMER, font, g.getFontRenderContext()).draw(g, X, BASELINE));
        BufferedImage naive = draw(g -> g.drawGlyphVector(font.createGlyphVector(g.getFontRenderContext(), KHMER), X, BASELINE));

        boolean[][] pdfInk = KhmerInk.normalised(inPdf);
        boolean[][] shapedInk = KhmerInk.normalised(shaped);
        boolean[][] naiveInk = KhmerInk.normalised(naive);
        KhmerInk.save(pdfInk, "pdf.png");
        KhmerInk.save(shapedInk, "java2d-shaped.png");
        KhmerInk.save(naiveInk, "naive-unshaped.png");

        double pdfToShaped = KhmerInk.difference(pdfInk, shapedInk);
        double pdfToNaive = KhmerInk.difference(pdfInk, naiveInk);
        double shapedToNaive = KhmerInk.difference(shapedInk, naiveInk);
        System.out.printf(Locale.ROOT, "Khmer shaping: pdf~shaped %.3f, pdf~naive %.3f, shaped~naive %.3f%n",
                pdfToShaped, pdfToNaive, shapedToNaive);

        assertThat(shapedToNaive).as("shaped and naive renderings differ, so the test can tell them apart").isGreaterThan(0.35);
        assertThat(pdfToShaped).as("the PDF looks like the shaped rendering").isLessThan(0.10);
        assertThat(pdfToNaive).as("the PDF does not look like the unshaped rendering").isGreaterThan(0.35);
        assertThat(extracted.strip()).as("the text reads back from the PDF").isEqualTo(KHMER);
    }

    private static byte[] pdfOfTheLine() {
        var fonts = Fonts.bundled();
        var lines = new TypeSetter(fonts).lines(RichText.of(KHMER, Style.of(SIZE).color(Color.BLACK)), WIDTH);
        assertThat(lines).hasSize(1);
        try (var file = new PdfFile(fonts, "Khmer", Locale.forLanguageTag("km"))) {
            file.newPage(new PDRectangle(WIDTH, HEIGHT)).line(lines.get(0), X, BASELINE);
            return file.toBytes();
        }
    }

    private static Font bundledKhmer() throws Exception {
        try (InputStream in = KhmerShapingTest.class.getResourceAsStream("/fonts/NotoSansKhmer-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static BufferedImage draw(java.util.function.Consumer<Graphics2D> drawing) {
        var image = new BufferedImage((int) Math.round(WIDTH * SCALE), (int) Math.round(HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(SCALE, SCALE);
        g.setColor(Color.BLACK);
        drawing.accept(g);
        g.dispose();
        return image;
    }
}
