package org.passerelle.training.evaluation;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A learner's answers to a satisfaction survey.
 *
 * @param overall 1 to 5; 4 and 5 count as satisfied
 * @param answers further questions, each rated 1 to 5
 */
public record SurveyData(@NotNull @Min(1) @Max(5) Integer overall,
        @Size(max = 30) Map<@NotBlank @Size(max = 200) String, @NotNull @Min(1) @Max(5) Integer> answers,
        @Size(max = 4000) String comment) {
}
