package org.passerelle.training.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.enrolment.EnrolmentStatus;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SessionView;

/**
 * Satisfaction surveys answered by learners: the hot one once the session runs, the cold one after the
 * course's delay past the session's end. One of each per enrolment; 4 and 5 out of 5 count as satisfied.
 */
@ApplicationScoped
public class EvaluationService {

    @ApplicationScoped
    static class Surveys implements TenantRepository<Survey> {
    }

    private static final List<EnrolmentStatus> TRAINED = List.of(EnrolmentStatus.SELECTED, EnrolmentStatus.CONFIRMED,
            EnrolmentStatus.COMPLETED);

    private final Surveys surveys;
    private final EnrolmentService enrolments;
    private final SessionService sessions;
    private final CourseService courses;
    private final TrainingPolicy policy;

    EvaluationService(Surveys surveys, EnrolmentService enrolments, SessionService sessions, CourseService courses,
            TrainingPolicy policy) {
        this.surveys = surveys;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.courses = courses;
        this.policy = policy;
    }

    /** The learner answers the hot or cold survey of its enrolment, once. */
    @Transactional
    public SurveyView answer(OrgAccess caller, UUID enrolmentId, SurveyKind kind, Instant now,
            @Valid SurveyData data) {
        UUID orgId = caller.orgId();
        EnrolmentView e = enrolments.get(orgId, enrolmentId);
        policy.answerSurvey(caller, e, enrolments.teaches(caller, e));
        if (!TRAINED.contains(e.status())) {
            throw new ConflictException("training.survey.not-trained", e.status());
        }
        SessionView s = sessions.get(orgId, e.sessionId());
        if (s.status() != SessionStatus.RUNNING && s.status() != SessionStatus.COMPLETED) {
            throw new ConflictException("training.survey.too-early");
        }
        if (kind == SurveyKind.COLD) {
            int delay = courses.get(orgId, s.courseId()).coldSurveyDelayDays();
            Instant opens = s.endsAt().plus(Duration.ofDays(delay));
            if (s.status() != SessionStatus.COMPLETED || now.isBefore(opens)) {
                throw new ConflictException("training.survey.cold-not-yet", opens);
            }
        }
        if (surveys.count("orgId = ?1 and enrolmentId = ?2 and kind = ?3", orgId, enrolmentId, kind) > 0) {
            throw new ConflictException("training.survey.answered", kind);
        }
        Survey v = new Survey();
        v.orgId = orgId;
        v.enrolmentId = enrolmentId;
        v.kind = kind;
        v.overall = data.overall();
        v.answers = data.answers() == null ? Map.of() : Map.copyOf(data.answers());
        v.comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        surveys.persistAndFlush(v);
        return v.view();
    }

    /** The survey answers of an enrolment (staff, its learner, a trainer of its session; not its employer). */
    public List<SurveyView> ofEnrolment(OrgAccess caller, UUID enrolmentId) {
        EnrolmentView e = enrolments.get(caller.orgId(), enrolmentId);
        policy.readSurveys(caller, e, enrolments.teaches(caller, e));
        return surveys.list("orgId = ?1 and enrolmentId = ?2 order by kind", caller.orgId(), enrolmentId).stream()
                .map(Survey::view).toList();
    }
}
