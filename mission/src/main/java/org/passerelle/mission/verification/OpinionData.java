package org.passerelle.mission.verification;

import jakarta.validation.constraints.Size;

/** The OTI's reasoned opinion on the whole cycle, attached to the management report; blank clears it. */
public record OpinionData(@Size(max = 50_000) String opinion) {
}
