package org.passerelle.core.i18n;

import java.util.Locale;

/**
 * The words of one document in one language: {@code texts.get("title", year)} reads {@code <prefix>.title} from
 * the module's bundle ({@link Messages}). Arguments are formatted by {@link java.text.MessageFormat}: pass years
 * and codes as strings, or they get a thousands separator.
 */
public record Texts(Locale locale, String prefix) {

    public String get(String key, Object... args) {
        return Messages.get(locale, prefix + "." + key, args);
    }

    /** {@code en} or {@code fr}, as documents declare their language. */
    public String language() {
        return locale.getLanguage();
    }
}
