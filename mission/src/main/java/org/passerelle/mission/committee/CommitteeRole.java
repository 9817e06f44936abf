package org.passerelle.mission.committee;

/** A seat of the comité de mission, or the single référent de mission allowed under 50 employees. */
public enum CommitteeRole {
    PRESIDENT("Président·e", "Chair"),
    SECRETARY("Secrétaire", "Secretary"),
    MEMBER("Membre", "Member"),
    REFERENT("Référent·e de mission", "Mission referent");

    public final String fr;
    public final String en;

    CommitteeRole(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }
}
