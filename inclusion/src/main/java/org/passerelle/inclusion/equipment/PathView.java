package org.passerelle.inclusion.equipment;

import java.math.BigDecimal;
import java.util.List;

import org.passerelle.core.training.TrainingPaths.PathStep;

/**
 * A loan's training path as the training module knows it now.
 *
 * @param completed whether every enrolment of the path is completed: the device may then be the beneficiary's
 * @param ended     whether an enrolment ended without completion (dropped, no-show, rejected)
 */
public record PathView(List<PathStep> steps, int stepsCompleted, BigDecimal hoursAttended, BigDecimal plannedHours,
        boolean completed, boolean ended) {

    static PathView of(List<PathStep> steps) {
        int done = (int) steps.stream().filter(PathStep::completed).count();
        BigDecimal attended = steps.stream().map(PathStep::hoursAttended).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal planned = steps.stream().map(PathStep::plannedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PathView(steps, done, attended, planned, !steps.isEmpty() && done == steps.size(),
                steps.stream().anyMatch(PathStep::ended));
    }
}
