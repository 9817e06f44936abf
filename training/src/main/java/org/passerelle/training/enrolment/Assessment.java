package org.passerelle.training.enrolment;

/** Whether the learner reached the course's objectives, as assessed at the end (Qualiopi indicator 11). */
public enum Assessment {
    REACHED, PARTIALLY_REACHED, NOT_REACHED
}
