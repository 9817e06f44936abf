package org.passerelle.inclusion.diagnostic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;
import org.passerelle.core.training.Catalogue.OpenSession;

/**
 * A catalogue course proposed to a participant for one of its weakest competences, with the sessions it may be
 * enrolled into; once accepted, the training enrolment made.
 */
public record CourseProposalView(UUID id, UUID participantId, UUID personId, String personName, String competence,
        int level, UUID courseId, String courseCode, String courseTitle, List<OpenSession> openSessions,
        @Nullable UUID enrolmentId, @Nullable Instant acceptedAt, long version) implements Versioned {
}
