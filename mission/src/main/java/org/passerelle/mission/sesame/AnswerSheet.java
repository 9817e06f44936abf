package org.passerelle.mission.sesame;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Some or all of a member's answers; criteria left out keep their earlier answer. */
public record AnswerSheet(@NotNull @Size(min = 1, max = 5) List<@NotNull @Valid AnswerData> answers) {
}
