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

    /**
     * The statuses an enrolment may move to this one from: selection and waitlist promotion give seats
     * (SELECTED, WAITLISTED), the other moves are the team's, trainers' or learner's actions.
     */
    Set<EnrolmentStatus> reachableFrom() {
        return switch (this) {
            case APPLIED -> EnumSet.noneOf(EnrolmentStatus.class);
            case SELECTED -> EnumSet.of(APPLIED, WAITLISTED);
            case WAITLISTED -> EnumSet.of(APPLIED);
            case CONFIRMED -> EnumSet.of(SELECTED);
            case COMPLETED, NO_SHOW -> EnumSet.of(SELECTED, CONFIRMED);
            case DROPPED -> EnumSet.of(APPLIED, SELECTED, WAITLISTED, CONFIRMED);
            case REJECTED -> EnumSet.of(APPLIED, SELECTED, WAITLISTED);
        };
    }
}
