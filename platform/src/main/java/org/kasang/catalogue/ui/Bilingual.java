package org.kasang.catalogue.ui;

import com.vaadin.flow.component.Component;
import org.kasang.catalogue.Text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Course text in English and Khmer: titles always carry both, as the package format asks. */
final class Bilingual {

    static final Locale KHMER = Locale.forLanguageTag("km");

    private Bilingual() {
    }

    /** A default title from the translations, in both languages. */
    static Text of(Component component, String key, Object... args) {
        return new Text(Map.of("en", component.getTranslation(Locale.ENGLISH, key, args),
                "km", component.getTranslation(KHMER, key, args)));
    }

    /** The text with one language replaced, keeping the others. */
    static Text with(Text text, String language, String value) {
        Map<String, String> values = new HashMap<>(text == null ? Map.of() : text.values());
        values.put(language, value == null ? "" : value);
        return new Text(values);
    }

    /** The course lists Khmer among its languages, so Khmer fields are shown beside the English ones. */
    static boolean khmer(DraftModel model) {
        return model.languages().contains(KHMER.getLanguage());
    }

    /** English text, with Khmer too when the course is bilingual and some was typed. */
    static Text typed(String english, String khmer, boolean bilingual) {
        Text text = Text.of(english);
        return bilingual && khmer != null && !khmer.isBlank() ? with(text, KHMER.getLanguage(), khmer) : text;
    }

    static String get(Text text, String language) {
        return text == null ? "" : text.values().getOrDefault(language, "");
    }
}
