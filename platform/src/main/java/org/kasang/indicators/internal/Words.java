package org.kasang.indicators.internal;

import org.kasang.catalogue.Text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The application's translations outside a view: for sentences and labels that leave the screen. */
public final class Words {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Words() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        String value = ResourceBundle.getBundle(BUNDLE, locale, control).getString(key);
        return arguments.length == 0 ? value : new MessageFormat(value, locale).format(arguments);
    }

    /** The key in English and Khmer. */
    public static Text text(String key) {
        return new Text(Map.of("en", get(Locale.ENGLISH, key), "km", get(Locale.forLanguageTag("km"), key)));
    }
}
