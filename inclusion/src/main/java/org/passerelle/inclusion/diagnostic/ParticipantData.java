package org.passerelle.inclusion.diagnostic;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** @param personId a person of the organisation affiliated to the campaign's member structure */
public record ParticipantData(@NotNull UUID personId) {
}
