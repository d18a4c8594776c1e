package org.kasang.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Khmer shaping check of {@link KhmerShapingTest} for a line inside a larger document: the first line of
 * text on a rendered page, compared with the same text shaped by Java2D and drawn glyph by glyph unshaped.
 */
public final class KhmerInk {

    static final int W = 1600;
    static final int H = 120;

    /** How far apart the page's first line is from the shaped and from the naive rendering, and those two. */
    public record Differences(double toShaped, double toNaive, double shapedToNaive) {
    }

    private KhmerInk() {
    }

    /**
     * @param page      a page rendered at {@code scale} × 72 dpi whose first line of ink is {@code text}
     * @param fontFile  the bundled face the line is set in, e.g. "NotoSansKhmer-Bold.ttf"
     */
    public static Differences firstLine(BufferedImage page, double scale, String text, String fontFile, float size)
            throws Exception {
        Font font;
        try (InputStream in = KhmerInk.class.getResourceAsStream("/fonts/" + fontFile)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        }
        int width = (int) Math.round((text.length() * size + 40) * scale);
        int height = (int) Math.round(size * 3 * scale);
        BufferedImage shaped = draw(width, height, scale, g -> new TextLayout(text, font, g.getFontRenderContext())
                .draw(g, 10, size * 2));
        BufferedImage naive = draw(width, height, scale, g -> g.drawGlyphVector(
                font.createGlyphVector(g.getFontRenderContext(), text), 10, size * 2));
        boolean[][] line = normalised(firstBand(page, (int) Math.round(4 * scale)));
        boolean[][] shapedInk = normalised(shaped);
        boolean[][] naiveInk = normalised(naive);
        save(line, "report-line-pdf.png");
        save(shapedInk, "report-line-java2d-shaped.png");
        save(naiveInk, "report-line-naive-unshaped.png");
        return new Differences(difference(line, shapedInk), difference(line, naiveInk), difference(shapedInk, naiveInk));
    }

    /** The rows from the first inked one to the first gap of blank rows (a line's marks sit closer than that). */
    static BufferedImage firstBand(BufferedImage image, int gap) {
        int first = -1;
        int blank = 0;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            boolean ink = false;
            for (int x = 0; x < image.getWidth() && !ink; x++) {
                ink = dark(image.getRGB(x, y));
            }
            if (ink) {
                first = first < 0 ? y : first;
                last = y;
                blank = 0;
            } else if (first >= 0 && ++blank > gap) {
                break;
            }
        }
        assertThat(first).as("the page has ink").isGreaterThanOrEqualTo(0);
        return image.getSubimage(0, first, image.getWidth(), last - first + 1);
    }

    private static BufferedImage draw(int width, int height, double scale, java.util.function.Consumer<Graphics2D> drawing) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        g.setColor(Color.BLACK);
        drawing.accept(g);
        g.dispose();
        return image;
    }

    static boolean[][] normalised(BufferedImage image) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (dark(image.getRGB(x, y))) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat(maxX).as("the rendering has ink").isGreaterThanOrEqualTo(0);
        var cropped = image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1);
        var scaled = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(cropped, 0, 0, W, H, null);
        g.dispose();
        boolean[][] ink = new boolean[H][W];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                ink[y][x] = dark(scaled.getRGB(x, y));
            }
        }
        return ink;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return (r + g + b) / 3 < 128;
    }

    static void save(boolean[][] ink, String name) throws java.io.IOException {
        var image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                image.setRGB(x, y, ink[y][x] ? 0x000000 : 0xFFFFFF);
            }
        }
        var dir = java.nio.file.Path.of("target", "khmer-shaping");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(image, "png", dir.resolve(name).toFile());
    }

    static double difference(boolean[][] a, boolean[][] b) {
        long either = 0, differ = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                either += a[y][x] || b[y][x] ? 1 : 0;
                differ += a[y][x] != b[y][x] ? 1 : 0;
            }
        }
        return (double) differ / either;
    }
}
