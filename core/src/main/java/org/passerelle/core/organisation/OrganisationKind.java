package org.passerelle.core.organisation;

public enum OrganisationKind {
    TRAINING_ORGANISATION, IT_AGENCY, COOPERATIVE, ASSOCIATION, OTHER
}
