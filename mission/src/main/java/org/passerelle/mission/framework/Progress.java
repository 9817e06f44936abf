package org.passerelle.mission.framework;

/** How far the year's planned action went, as the mission report words it. */
public enum Progress {
    NOT_STARTED("Non démarré", "Not started"),
    STARTED("Démarré", "Started"),
    ADVANCED("Avancé", "Advanced"),
    ACHIEVED("Atteint", "Achieved");

    public final String fr;
    public final String en;

    Progress(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }
}
