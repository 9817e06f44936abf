package org.passerelle.mission.verification;

/** The OTI's conclusion on a statutory objective (Code de commerce, A210-2). */
public enum ConclusionValue {
    MET, NOT_MET, UNABLE_TO_CONCLUDE
}
