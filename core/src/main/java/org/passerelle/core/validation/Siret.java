package org.passerelle.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A SIRET: 14 digits with a valid Luhn checksum, except La Poste's establishments (SIREN 356000000)
 * whose digits must add up to a multiple of 5. Null is valid.
 */
@Documented
@Constraint(validatedBy = SiretValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Siret {
    String message() default "{passerelle.siret}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
