package org.kasang.indicators;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts decode as PNG of the published size and show their series; saved under target/charts/ to look at. */
class ReportChartsTest {

    final ReportCharts charts = new ReportCharts();
    final IndicatorReport report = SampleReport.of2020();

    @Test
    void trend_is_a_png_with_the_actual_and_the_target_series() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("km")}) {
            BufferedImage image = decode(charts.trend(report.lines().get(0), locale), "trend-" + locale + ".png");
            assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT);
            assertThat(pixels(image, 0x0B5E55)).as("the actual series is drawn").isGreaterThan(200);
            assertThat(pixels(image, 0xC26A12)).as("the target series is drawn").isGreaterThan(100);
        }
    }

    @Test
    void by_province_draws_a_bar_per_province_with_a_figure_and_none_for_a_suppressed_one() throws Exception {
        BufferedImage image = decode(charts.byProvince(report.lines().get(0), Locale.forLanguageTag("km")), "provinces-km.png");
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT);
        // Three rows: Battambang and Siem Reap have equal bars (20%), Kampot (suppressed) none.
        int rowHeight = Math.min(40, (ReportCharts.HEIGHT - 90 - 20) / 3);
        int[] bars = new int[3];
        for (int row = 0; row < 3; row++) {
            int y = 90 + row * rowHeight + rowHeight / 2;
            for (int x = 0; x < image.getWidth(); x++) {
                bars[row] += (image.getRGB(x, y) & 0xFFFFFF) == 0x0B5E55 ? 1 : 0;
            }
        }
        assertThat(bars[0]).isGreaterThan(300);
        assertThat(bars[1]).isZero();
        assertThat(bars[2]).isEqualTo(bars[0]);
    }

    private static BufferedImage decode(byte[] png, String name) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as an image").isNotNull();
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
        return image;
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
    }
}
