package org.passerelle.mission.indicator;

/** Whether the target is a floor ("at least 85 %") or a ceiling ("at most 3 days"). */
public enum Direction {
    AT_LEAST, AT_MOST
}
