package org.passerelle.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SirenValidator implements ConstraintValidator<Siren, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || (value.matches("\\d{9}") && Luhn.isValid(value));
    }
}
