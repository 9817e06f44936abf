package org.passerelle.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SiretValidator implements ConstraintValidator<Siret, String> {

    private static final String LA_POSTE_SIREN = "356000000";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValidSiret(value);
    }

    public static boolean isValidSiret(String value) {
        if (!value.matches("\\d{14}")) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN)) {
            return Luhn.digitSum(value) % 5 == 0;
        }
        return Luhn.isValid(value);
    }
}
