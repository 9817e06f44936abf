package org.passerelle.mission.indicator;

/** A value typed in with its evidence, or a snapshot computed by an SPI source with its provenance. */
public enum Origin {
    MANUAL, SNAPSHOT
}
