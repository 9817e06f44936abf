package org.passerelle.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Passerelle's one home for words shown to people, and its one language negotiation. A key's first segment
 * names its bundle ({@code core.not-found} is in {@code i18n/core}, {@code mission.doc.title} in
 * {@code i18n/mission}), so each module ships its own texts: the base bundle in English, {@code _fr} in French
 * (BundlesTest checks that every key exists in both). Mail bodies are Qute templates
 * ({@code templates/mail/<name>_fr.txt} and {@code _en.txt}) in the language negotiated here.
 */
public final class Messages {

    /** Passerelle's own language, spoken when the reader's is unknown. */
    public static final Locale DEFAULT = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Messages() {
    }

    /** A message as an argument of another, translated with it ("expected a date", in the caller's language). */
    public record Text(String key, Object... args) {
    }

    /** The message of {@code key} in {@code locale}, its arguments formatted for that locale; the key if unknown. */
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
     * The language to speak to a reader, French when nothing says otherwise: see
     * {@link #negotiate(String, Supplier, Locale)}. Documents, CSV labels and mail.
     */
    public static Locale negotiate(String asked, Supplier<List<Locale>> accepted) {
        return negotiate(asked, accepted, DEFAULT);
    }

    /**
     * The one language negotiation: the language asked for by name ({@code ?lang=}, or a person's stored
     * preference) if supported, else the first supported one the reader accepts ({@code Accept-Language}, read by
     * {@code accepted}), else {@code fallback}. A list that cannot be read gives French: the reader's language is
     * then unknown, and French is Passerelle's own.
     *
     * @param asked    {@code fr}, {@code en} or null
     * @param accepted null when there is no list to read
     */
    public static Locale negotiate(String asked, Supplier<List<Locale>> accepted, Locale fallback) {
        if (asked != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equalsIgnoreCase(asked.strip())) {
                    return supported;
                }
            }
        }
        List<Locale> wanted;
        try {
            wanted = accepted == null ? List.of() : accepted.get();
        } catch (RuntimeException unreadable) {
            return DEFAULT;
        }
        for (Locale language : wanted) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language.getLanguage())) {
                    return supported;
                }
            }
        }
        return fallback;
    }
}
