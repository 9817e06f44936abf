package org.passerelle.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void the_language_asked_for_by_name_comes_first() {
        assertEquals(Locale.ENGLISH, Messages.negotiate("en", () -> List.of(Locale.FRENCH)));
        assertEquals(Locale.FRENCH, Messages.negotiate("fr", () -> List.of(Locale.ENGLISH)));
    }

    @Test
    void then_the_first_supported_language_the_reader_accepts() {
        assertEquals(Locale.ENGLISH, Messages.negotiate(null, () -> List.of(Locale.GERMAN, Locale.UK, Locale.FRENCH)));
        assertEquals(Locale.FRENCH, Messages.negotiate("de", () -> List.of(Locale.CANADA_FRENCH)));
    }

    @Test
    void then_french_or_the_fallback_given() {
        assertEquals(Locale.FRENCH, Messages.negotiate(null, () -> List.of(Locale.GERMAN)));
        assertEquals(Locale.FRENCH, Messages.negotiate(null, null));
        assertEquals(Locale.ENGLISH, Messages.negotiate(null, List::of, Locale.ENGLISH));
    }

    @Test
    void a_list_that_cannot_be_read_gives_french_whatever_the_fallback() {
        assertEquals(Locale.FRENCH, Messages.negotiate(null, () -> {
            throw new IllegalArgumentException("fr;q=abc");
        }, Locale.ENGLISH));
    }

    @Test
    void messages_are_read_from_the_bundle_their_key_names() {
        assertEquals("core.no-such-key", Messages.get(Locale.FRENCH, "core.no-such-key"));
        String en = Messages.get(Locale.ENGLISH, "core.invalid-period", "2024-02-01", "2024-01-01");
        String fr = Messages.get(Locale.FRENCH, "core.invalid-period", "2024-02-01", "2024-01-01");
        assertEquals(true, en.contains("2024-01-01") && fr.contains("2024-01-01") && !en.equals(fr), en + " / " + fr);
    }
}
