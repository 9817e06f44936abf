package org.passerelle.inclusion.diagnostic;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** @param sessionId one of the proposal's open sessions */
public record AcceptProposal(@NotNull UUID sessionId) {
}
