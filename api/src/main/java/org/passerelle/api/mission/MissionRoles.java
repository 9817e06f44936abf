package org.passerelle.api.mission;

import org.passerelle.core.person.Role;

/**
 * Who does what with mission data: admins manage; the committee and the OTI (auditor) read; committee members
 * answer the Sésame evaluation; the auditor writes nothing but its conclusions and opinion.
 */
final class MissionRoles {

    static final Role[] READERS = { Role.ADMIN, Role.COMMITTEE, Role.AUDITOR };
    static final String PATH = "/api/v1/orgs/{org}/mission";

    private MissionRoles() {
    }

    static String base(String org) {
        return "/api/v1/orgs/" + org + "/mission";
    }
}
