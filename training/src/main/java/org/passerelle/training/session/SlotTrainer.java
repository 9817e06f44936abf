package org.passerelle.training.session;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The trainer of one half-day: a person of the organisation with the trainer role. */
public record SlotTrainer(@NotNull UUID personId) {
}
