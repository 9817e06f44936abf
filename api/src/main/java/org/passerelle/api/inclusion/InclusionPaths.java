package org.passerelle.api.inclusion;

/** Where the inclusion programmes' resources live. Who may call them is {@code InclusionPolicy}'s business. */
final class InclusionPaths {

    static final String PATH = "/api/v1/orgs/{org}/inclusion";
    static final String EQUIPMENT_TAG = "Inclusion: equipment loans";

    private InclusionPaths() {
    }
}
