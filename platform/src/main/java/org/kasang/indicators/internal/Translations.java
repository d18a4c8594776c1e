package org.kasang.indicators.internal;

import org.kasang.catalogue.Text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The application's translations for files made outside a view (exports, charts), in the file's language. */
public final class Translations {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Translations(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Translations of(Locale locale) {
        // No fallback to the server's default locale: an English file stays English on a Khmer server.
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Translations(ResourceBundle.getBundle("vaadin-i18n.translations", locale, control), locale);
    }

    public String get(String key, Object... arguments) {
        String value = bundle.getString(key);
        return arguments.length == 0 ? value : new MessageFormat(value, locale).format(arguments);
    }

    /** The key in English and Khmer. */
    public static Text text(String key) {
        return new Text(Map.of("en", of(Locale.ENGLISH).get(key), "km", of(Locale.forLanguageTag("km")).get(key)));
    }

    public Locale locale() {
        return locale;
    }
}
