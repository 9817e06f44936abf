package org.passerelle.core.organisation;

import java.util.UUID;

/** Fired in the updating transaction so that what is kept from an organisation's record (its time zone) is dropped. */
public record OrganisationUpdated(UUID orgId) {
}
