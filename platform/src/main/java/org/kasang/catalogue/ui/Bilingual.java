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

    static String get(Text text, String language) {
        return text == null ? "" : text.values().getOrDefault(language, "");
    }
}
