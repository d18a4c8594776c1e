package org.kasang.pdf.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The application's translations (UTF-8 properties, read as UTF-8 by {@link ResourceBundle}) in the document's
 * language, formatted as the views format them; English when there is no file for the language.
 */
public final class Labels {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Labels of(Locale locale) {
        // No fallback to the server's default locale: English documents stay English on a Khmer server.
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale, control), locale);
    }

    public String get(String key, Object... arguments) {
        String value = bundle.getString(key);
        return arguments.length == 0 ? value : new MessageFormat(value, locale).format(arguments);
    }

    /** A date as the language writes it, with its month names: "March 15, 2025", "15 មីនា 2025". */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public Locale locale() {
        return locale;
    }
}
