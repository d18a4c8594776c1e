package org.kasang.pdf;

import org.junit.jupiter.api.Test;
import org.kasang.pdf.internal.Fonts;
import org.kasang.pdf.internal.GlyphRun;
import org.kasang.pdf.internal.Line;
import org.kasang.pdf.internal.RichText;
import org.kasang.pdf.internal.Style;
import org.kasang.pdf.internal.TypeSetter;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Khmer lines end between words where there is room, else between clusters: never inside one. */
class KhmerLineBreakTest {

    final TypeSetter setter = new TypeSetter(Fonts.bundled());

    @Test
    void khmer_without_spaces_breaks_between_clusters_and_loses_nothing() {
        String text = "ការវិភាគថវិកាឃុំស្ត្រីក្រសួងប្រព័ន្ធមេឃុំកែលម្អថ្ងៃដោះស្រាយសៅរ៍".repeat(3);

        List<Line> lines = setter.lines(RichText.of(text, Style.of(12)), 90);

        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines.stream().map(KhmerLineBreakTest::text).collect(Collectors.joining())).isEqualTo(text);
        for (int i = 1; i < lines.size(); i++) {
            String before = text(lines.get(i - 1));
            String after = text(lines.get(i));
            assertThat(before.charAt(before.length() - 1)).as("a line never ends on a coeng").isNotEqualTo('\u17D2');
            assertThat(Character.getType(after.charAt(0))).as("a line never starts with a vowel sign or mark: " + after)
                    .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(90.01f));
    }

    @Test
    void a_cluster_wider_than_the_line_stays_whole() {
        String text = "ស្ត្រី ក្រសួង ប្រព័ន្ធ";

        List<Line> lines = setter.lines(RichText.of(text, Style.of(12)), 4);

        assertThat(lines).extracting(KhmerLineBreakTest::text)
                .containsExactly("ស្ត្រី", "ក្រ", "សួ", "ង", "ប្រ", "ព័", "ន្ធ");
    }

    @Test
    void lines_end_at_spaces_and_zero_width_spaces_when_a_word_fits() {
        String text = "ក្រុមប្រឹក្សាឃុំ\u200Bសង្កាត់ រៀបចំ\u200Bផែនការ\u200Bអភិវឌ្ឍន៍ ប្រាំឆ្នាំ ហើយ\u200Bកម្មវិធី\u200Bវិនិយោគ បីឆ្នាំរំកិល";

        List<Line> lines = setter.lines(RichText.of(text, Style.of(12)), 110);

        assertThat(lines).hasSizeGreaterThan(2);
        int at = 0;
        for (Line line : lines.subList(0, lines.size() - 1)) {
            String shown = text(line);
            at = text.indexOf(shown, at) + shown.length();
            assertThat(text.charAt(at)).as("after \"" + shown + "\"").isIn(' ', '\u200B');
        }
    }

    @Test
    void english_breaks_between_words() {
        String text = "Citizens can take part in the commune budget cycle at every stage of the year.";

        List<Line> lines = setter.lines(RichText.of(text, Style.of(12)), 120);

        assertThat(lines.stream().map(KhmerLineBreakTest::text).collect(Collectors.joining(" "))).isEqualTo(text);
    }

    private static String text(Line line) {
        return line.runs().stream().map(GlyphRun::text).collect(Collectors.joining());
    }
}
