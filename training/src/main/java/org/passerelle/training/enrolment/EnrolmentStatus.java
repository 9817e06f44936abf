package org.passerelle.training.enrolment;

import java.util.EnumSet;
import java.util.Set;

/** applied → selected / waitlisted / rejected → confirmed → completed / dropped / no-show. */
public enum EnrolmentStatus {
    APPLIED, SELECTED, WAITLISTED, REJECTED, CONFIRMED, COMPLETED, DROPPED, NO_SHOW;

    /** Statuses that occupy one of the session's seats. */
    static final Set<EnrolmentStatus> SEATED = EnumSet.of(SELECTED, CONFIRMED, COMPLETED, NO_SHOW);

    public boolean holdsSeat() {
        return SEATED.contains(this);
    }
}
