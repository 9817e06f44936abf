package org.passerelle.training.session;

/**
 * Lifecycle of a session. Transitions are explicit actions: open, start, complete, cancel; FULL is
 * set and cleared by enrolment when the confirmed and selected learners reach the capacity.
 */
public enum SessionStatus {
    DRAFT, OPEN, FULL, RUNNING, COMPLETED, CANCELLED
}
