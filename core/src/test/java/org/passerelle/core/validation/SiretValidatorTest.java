package org.passerelle.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = { "21400192800016", "73282932000074", "35600000049837" })
    void valid_sirets_pass(String siret) {
        assertTrue(SiretValidator.isValidSiret(siret));
    }

    @ParameterizedTest
    @ValueSource(strings = { "21400192800015", "2140019280001", "214001928000160", "2140019280001A", "35600000049838" })
    void wrong_checksums_lengths_and_characters_fail(String siret) {
        assertFalse(SiretValidator.isValidSiret(siret));
    }

    @Test
    void a_siren_is_nine_digits_with_a_luhn_checksum() {
        SirenValidator validator = new SirenValidator();
        assertTrue(validator.isValid("732829320", null));
        assertTrue(validator.isValid(null, null));
        assertFalse(validator.isValid("732829321", null));
        assertFalse(validator.isValid("73282932", null));
    }
}
