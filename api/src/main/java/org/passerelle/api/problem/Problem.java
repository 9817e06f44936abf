package org.passerelle.api.problem;

import java.util.List;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error this API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "/problems/validation") String type,
        @Schema(examples = "Invalid input") String title,
        @Schema(examples = "400") int status,
        @Nullable @Schema(examples = "name: must not be blank") String detail,
        @Nullable @Schema(examples = "/api/v1/orgs/alpi/members") String instance,
        @Nullable @Schema(description = "The invalid inputs, at most 100") List<FieldError> errors,
        @Nullable @Schema(description = "How many invalid inputs there were beyond the listed ones") Integer omittedErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the field (a JSON path such as {@code address.postalCode}) and why. */
    public record FieldError(String field, String message) {
    }
}
