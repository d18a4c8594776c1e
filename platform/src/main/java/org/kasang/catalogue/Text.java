package org.kasang.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A piece of course text in several languages, falling back to English. */
public record Text(@JsonValue Map<String, String> values) implements Serializable {

    public static final String FALLBACK = "en";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Text {
        values = values == null ? Map.of() : new TreeMap<>(values);
    }

    public static Text of(String english) {
        return new Text(Map.of(FALLBACK, english));
    }

    public String in(Locale locale) {
        String text = values.get(locale.getLanguage());
        return text != null && !text.isBlank() ? text : values.getOrDefault(FALLBACK, "");
    }

    public boolean has(String language) {
        String text = values.get(language);
        return text != null && !text.isBlank();
    }
}
