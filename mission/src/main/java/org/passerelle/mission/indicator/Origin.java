package org.passerelle.mission.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value typed in with its evidence, or a snapshot computed by an SPI source with its provenance. */
@Schema(name = "MeasurementOrigin")
public enum Origin {
    MANUAL, SNAPSHOT
}
