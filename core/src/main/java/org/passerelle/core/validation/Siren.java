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

/** A SIREN: 9 digits with a valid Luhn checksum. Null is valid (use @NotNull to require it). */
@Documented
@Constraint(validatedBy = SirenValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Siren {
    String message() default "{passerelle.siren}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
