package org.passerelle.core.organisation;

import java.util.UUID;

/** Fired in the creating transaction so other parts can set up the new tenant (its calendar, ...). */
public record OrganisationCreated(UUID orgId) {
}
