package org.passerelle.core.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.access.OrgAccess;

/**
 * The training catalogue as other modules may use it, without importing the training module: which courses
 * exist, which of their sessions take enrolments, and an enrolment made through training's own rules. The
 * training module contributes the one implementation.
 */
public interface Catalogue {

    /** A course of the organisation's catalogue. */
    record CourseRef(UUID id, String code, String title, boolean published) {
    }

    /** A session that takes enrolments (OPEN, or FULL with a waitlist) of a published course, with its seats left. */
    record OpenSession(UUID sessionId, UUID courseId, @Nullable Instant startsAt, int seatsLeft) {
    }

    /** An enrolment made through the contract: its id and training's status word (SELECTED, WAITLISTED, APPLIED). */
    record Enrolled(UUID enrolmentId, String status) {
    }

    /** The courses of the organisation among {@code ids} (absent ids are left out). */
    List<CourseRef> courses(UUID orgId, Collection<UUID> ids);

    /** The open sessions of published courses among {@code courseIds}, the soonest first. */
    List<OpenSession> openSessions(UUID orgId, Collection<UUID> courseIds);

    /**
     * Enrols {@code learnerId} (from member structure {@code memberId}, as one of its employees, with the needs the
     * caller analysed) into an open session of
     * a published course, on behalf of {@code caller}, through training's enrolment service: capacity, waitlist,
     * selection, the learner role and duplicates are training's rules, and a refusal is training's exception
     * (404, 409, 422). The calling module has already decided that {@code caller} may ask for it.
     */
    Enrolled enrol(OrgAccess caller, UUID sessionId, UUID learnerId, UUID memberId, String needsAnalysis);
}
