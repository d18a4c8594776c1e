package org.kasang.catalogue.internal;

import org.junit.jupiter.api.Test;
import org.kasang.catalogue.Text;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

    static final Locale KHMER = Locale.forLanguageTag("km");

    @Test
    void markdown_becomes_the_words_a_reader_sees() {
        String markdown = """
                ## Where the money comes from

                - The **Commune/Sangkat Fund** (មូលនិធិឃុំ សង្កាត់) pays for [roads](https://example.org/roads).
                1. A `share` of _national_ revenue.

                | Component | Examples |
                |---|---|
                | Development | Wells |
                """;

        assertThat(Snippet.plain(markdown)).isEqualTo("Where the money comes from The Commune/Sangkat Fund "
                + "(មូលនិធិឃុំ សង្កាត់) pays for roads. A share of national revenue. Component Examples Development Wells");
    }

    @Test
    void a_long_text_is_cut_to_about_a_line_around_the_first_match() {
        String filler = "The council meets every month in the commune office to discuss the plans. ".repeat(5);
        Text body = Text.of(filler + "Citizens may ask about the Commune/Sangkat Fund at any meeting. " + filler);

        String snippet = Snippet.of(body, "sangkat fund", Locale.ENGLISH);

        assertThat(snippet).contains("Commune/Sangkat Fund").startsWith("…").endsWith("…");
        assertThat(snippet.length()).isBetween(80, Snippet.LENGTH + 2);
        assertThat(snippet.substring(1)).doesNotStartWith(" ").matches("[A-Z].*|[a-z].*");
    }

    @Test
    void a_khmer_snippet_is_cut_between_letters_and_comes_from_the_language_where_the_word_is() {
        String khmer = "ប្រជាជនបានជួបគ្នានៅវត្តដើម្បីពិភាក្សាអំពីតម្រូវការរបស់ភូមិ។".repeat(3)
                + "ក្រុមប្រឹក្សាឃុំបានអនុម័តថវិកាសម្រាប់ផ្លូវថ្មីនៅភូមិ។"
                + "អ្នកភូមិនឹងតាមដានការងារសាងសង់ផ្លូវហើយរាយការណ៍ទៅក្រុមប្រឹក្សាវិញ។".repeat(3);
        Text body = new Text(Map.of("en", "The council approved the road.", "km", khmer));

        String snippet = Snippet.of(body, "ថវិកា", Locale.ENGLISH);

        assertThat(snippet).contains("ក្រុមប្រឹក្សាឃុំបានអនុម័តថវិកាសម្រាប់");
        int first = snippet.codePointAt(1);
        int last = snippet.codePointBefore(snippet.length() - 1);
        assertThat(Character.getType(first)).as("no vowel sign or subscript opens the snippet")
                .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
        assertThat(last).as("no subscript sign is left dangling").isNotEqualTo(0x17D2);
    }

    @Test
    void when_only_the_title_matches_the_lesson_opening_is_shown() {
        Text body = new Text(Map.of("en", "## Start\n\nThe budget calendar has four steps.", "km", "## ចាប់ផ្ដើម\n\nប្រតិទិនថវិកាមានបួនជំហាន។"));

        assertThat(Snippet.of(body, "timetable", KHMER)).isEqualTo("ចាប់ផ្ដើម ប្រតិទិនថវិកាមានបួនជំហាន។");
    }
}
