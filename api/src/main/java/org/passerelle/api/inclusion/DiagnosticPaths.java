package org.passerelle.api.inclusion;

/**
 * Where the diagnostic campaigns live, and their tag. Who may call them is
 * {@code org.passerelle.inclusion.InclusionPolicy}'s business.
 */
final class DiagnosticPaths {

    static final String PATH = "/api/v1/orgs/{org}/inclusion/diagnostic";
    static final String TAG = "Inclusion: diagnostic campaigns";
    static final String TAG_DESCRIPTION = "Competence diagnostic campaigns of member structures over the Pix framework, and the courses proposed afterwards";

    private DiagnosticPaths() {
    }
}
