package org.passerelle.core.training;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What another module may know of training enrolments without importing training: a path is a list of
 * enrolment ids, each step its course, status and hours attended. Implemented by the training module; an
 * equipment loan (inclusion) follows its beneficiary's path through it.
 */
public interface TrainingPaths {

    /**
     * One enrolment of a path.
     *
     * @param status        the enrolment status name (APPLIED … COMPLETED, DROPPED, NO_SHOW, REJECTED)
     * @param completed     the learner completed the training
     * @param ended         the enrolment ended without completion (dropped, no-show, rejected): the path cannot
     *                      be completed through it
     * @param hoursAttended hours attended (present slots and self-paced time)
     * @param plannedHours  the course's duration
     */
    record PathStep(UUID enrolmentId, UUID learnerId, String courseTitle, String status, boolean completed, boolean ended,
            BigDecimal hoursAttended, BigDecimal plannedHours) {
    }

    /** The steps among {@code enrolmentIds} that exist in the organisation, in the order asked; unknown ids are left out. */
    List<PathStep> steps(UUID orgId, Collection<UUID> enrolmentIds);
}
