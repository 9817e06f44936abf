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

/** An IANA time-zone id such as {@code Europe/Paris}. Null is valid. */
@Documented
@Constraint(validatedBy = TimeZoneValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface TimeZone {
    String message() default "{passerelle.time-zone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
