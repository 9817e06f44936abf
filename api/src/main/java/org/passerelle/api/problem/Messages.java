package org.passerelle.api.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Localised messages. A key's first segment names its bundle ({@code core.not-found} is in
 * {@code i18n/core}), so each module ships its own messages; English is the fallback.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Messages() {
    }

    /** A message as an argument of another, translated with it ("expected a date", in the caller's language). */
    public record Text(String key, Object... args) {
    }

    public static String get(Locale locale, String key, Object... args) {
        String bundle = "i18n." + key.substring(0, key.indexOf('.'));
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            Object[] resolved = args.clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof Text text) {
                    resolved[i] = get(locale, text.key(), text.args());
                }
            }
            return new MessageFormat(pattern, locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The caller's language from its {@code Accept-Language}, read by {@code acceptable}; French when the header
     * cannot be read, since the caller's language is then unknown and French is Passerelle's own.
     */
    public static Locale negotiate(Supplier<List<Locale>> acceptable) {
        try {
            return negotiate(acceptable.get());
        } catch (RuntimeException unreadable) {
            return Locale.FRENCH;
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
