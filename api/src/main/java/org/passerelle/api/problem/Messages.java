package org.passerelle.api.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised messages. A key's first segment names its bundle ({@code core.not-found} is in
 * {@code i18n/core}), so each module ships its own messages; English is the fallback.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String bundle = "i18n." + key.substring(0, key.indexOf('.'));
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The first supported language the client accepts; English otherwise. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
