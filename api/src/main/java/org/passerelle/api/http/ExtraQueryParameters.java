package org.passerelle.api.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation reads query parameters beyond those it declares and refuses itself the ones it does not know
 * (an indicator's own parameters), so {@link RequestChecks} lets undeclared ones through.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExtraQueryParameters {
}
