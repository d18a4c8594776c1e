package org.kasang.indicators;

import org.kasang.indicators.internal.ChartText;
import org.kasang.indicators.internal.ChartText.Align;
import org.kasang.indicators.internal.Numbers;
import org.kasang.indicators.internal.Translations;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An indicator's trend (value per period, with its targets) and its value by province, drawn on the server as PNG
 * with the bundled Noto fonts, so Khmer labels are shaped and the same picture serves the screen and the PDF.
 * Suppressed cells draw no bar and say so.
 */
@Component
public class ReportCharts {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;

    private static final Color INK = new Color(0x1F, 0x29, 0x33);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x70);
    private static final Color GRID = new Color(0xE1, 0xE6, 0xE9);
    private static final Color ACTUAL = new Color(0x0B, 0x5E, 0x55);
    private static final Color TARGET = new Color(0xC2, 0x6A, 0x12);
    private static final float LEFT = 90;
    private static final float RIGHT = 30;
    private static final float TOP = 90;
    private static final float BOTTOM = 64;

    /** Value per reporting period as a line, the targets as a dashed second line. */
    public byte[] trend(IndicatorReport.Line line, Locale locale) {
        Translations t = Translations.of(locale);
        List<IndicatorReport.TrendPoint> points = line.trend();
        return png(g -> {
            title(g, t.get("chart.trend", line.code(), line.name().in(locale)));
            legend(g, t.get("chart.actual"), t.get("chart.target"));
            double max = points.stream().flatMap(p -> java.util.stream.Stream.of(p.value(), p.target()))
                    .filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            double top = axis(g, max, line.factor());
            float plotWidth = WIDTH - LEFT - RIGHT;
            float step = points.isEmpty() ? 0 : plotWidth / points.size();
            for (int i = 0; i < points.size(); i++) {
                float x = LEFT + step * (i + 0.5f);
                g.setColor(MUTED);
                ChartText.draw(g, ChartText.fitted(g, points.get(i).periodName().in(locale), 16, false, step - 4),
                        16, false, x, HEIGHT - BOTTOM + 28, Align.CENTER);
            }
            series(g, points.stream().map(IndicatorReport.TrendPoint::target).toList(), top, step, TARGET, true, line.factor());
            series(g, points.stream().map(IndicatorReport.TrendPoint::value).toList(), top, step, ACTUAL, false, line.factor());
        });
    }

    /** The value in each province as horizontal bars, longest names cut; a suppressed province shows no figure. */
    public byte[] byProvince(IndicatorReport.Line line, Locale locale) {
        Translations t = Translations.of(locale);
        List<IndicatorReport.Figure> figures = line.breakdown().getOrDefault(Dimension.PROVINCE, List.of());
        return png(g -> {
            title(g, t.get("chart.by-province", line.code(), line.name().in(locale)));
            float labelWidth = 240;
            float left = 20 + labelWidth;
            float width = WIDTH - left - 90;
            float rowHeight = figures.isEmpty() ? 0 : Math.min(40, (HEIGHT - TOP - 20) / figures.size());
            float size = Math.max(10, Math.min(17, rowHeight * 0.5f));
            double max = figures.stream().filter(f -> f.value() != null).mapToDouble(f -> f.value().doubleValue())
                    .max().orElse(0);
            for (int i = 0; i < figures.size(); i++) {
                IndicatorReport.Figure figure = figures.get(i);
                float y = TOP + i * rowHeight;
                float baseline = y + rowHeight * 0.5f + size * 0.35f;
                g.setColor(INK);
                ChartText.draw(g, ChartText.fitted(g, figure.label().in(locale), size, false, labelWidth - 8), size,
                        false, left - 8, baseline, Align.RIGHT);
                if (figure.suppressed() || figure.value() == null) {
                    g.setColor(MUTED);
                    ChartText.draw(g, t.get("chart.suppressed"),
                            size, false, left + 4, baseline, Align.LEFT);
                    continue;
                }
                float bar = max <= 0 ? 0 : (float) (width * figure.value().doubleValue() / max);
                g.setColor(ACTUAL);
                g.fill(new Rectangle2D.Float(left, y + rowHeight * 0.15f, Math.max(1, bar), rowHeight * 0.7f));
                g.setColor(INK);
                ChartText.draw(g, Numbers.value(figure.value(), line.factor()), size, false, left + bar + 6, baseline,
                        Align.LEFT);
            }
        });
    }

    private static byte[] png(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(Graphics2D g, String text) {
        g.setColor(INK);
        ChartText.draw(g, ChartText.fitted(g, text, 22, true, WIDTH - 40), 22, true, 20, 36, Align.LEFT);
    }

    private static void legend(Graphics2D g, String actual, String target) {
        float x = 20;
        for (int i = 0; i < 2; i++) {
            g.setColor(i == 0 ? ACTUAL : TARGET);
            g.setStroke(i == 0 ? new BasicStroke(3) : dashed());
            g.draw(new Line2D.Float(x, 64, x + 30, 64));
            g.setColor(INK);
            String label = i == 0 ? actual : target;
            ChartText.draw(g, label, 16, false, x + 38, 70, Align.LEFT);
            x += 38 + ChartText.width(g, label, 16, false) + 28;
        }
    }

    /** Grid lines and their values from zero to a round top above {@code max}; returns that top. */
    private static double axis(Graphics2D g, double max, int factor) {
        double step = niceStep(max <= 0 ? 1 : max / 5);
        double top = Math.max(step, Math.ceil(max / step) * step);
        float plotHeight = HEIGHT - TOP - BOTTOM;
        g.setStroke(new BasicStroke(1));
        for (double v = 0; v <= top + step / 2; v += step) {
            float y = (float) (HEIGHT - BOTTOM - plotHeight * v / top);
            g.setColor(GRID);
            g.draw(new Line2D.Float(LEFT, y, WIDTH - RIGHT, y));
            g.setColor(MUTED);
            ChartText.draw(g, Numbers.value(BigDecimal.valueOf(v), factor), 15, false, LEFT - 8, y + 5, Align.RIGHT);
        }
        return top;
    }

    private static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static void series(Graphics2D g, List<BigDecimal> values, double top, float step, Color color,
                               boolean dashed, int factor) {
        float plotHeight = HEIGHT - TOP - BOTTOM;
        g.setColor(color);
        g.setStroke(dashed ? dashed() : new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Float previousX = null;
        Float previousY = null;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i);
            if (value == null) {
                previousX = null;
                continue;
            }
            float x = LEFT + step * (i + 0.5f);
            float y = (float) (HEIGHT - BOTTOM - plotHeight * value.doubleValue() / top);
            if (previousX != null) {
                g.draw(new Line2D.Float(previousX, previousY, x, y));
            }
            if (!dashed) {
                g.fill(new Ellipse2D.Float(x - 5, y - 5, 10, 10));
                ChartText.draw(g, Numbers.value(value, factor), 16, true, x, y - 12, Align.CENTER);
            }
            previousX = x;
            previousY = y;
        }
    }

    private static BasicStroke dashed() {
        return new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {8, 6}, 0);
    }
}
