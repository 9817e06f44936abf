package org.passerelle.api.mission;

/** Where the mission's resources live. Who may call them is {@code org.passerelle.mission.MissionPolicy}'s business. */
final class MissionPaths {

    static final String PATH = "/api/v1/orgs/{org}/mission";

    private MissionPaths() {
    }
}
