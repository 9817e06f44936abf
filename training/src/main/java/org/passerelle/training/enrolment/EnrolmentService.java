package org.passerelle.training.enrolment;

import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.InvalidParameterException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonView;
import org.passerelle.core.person.Role;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.training.TrainingEventTypes;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Enrolments. Seats are counted on the session row, locked for the whole transaction, and the database
 * refuses a count above the capacity: a session is never overbooked, even under concurrent requests.
 * A freed seat goes to the oldest waitlisted enrolment.
 */
@ApplicationScoped
public class EnrolmentService {

    @ApplicationScoped
    static class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {
    }

    private final EnrolmentRepository enrolments;
    private final SessionService sessions;
    private final PeopleDirectory people;
    private final MemberService members;
    private final WebhookPublisher webhooks;
    private final CourseService courses;
    private final TrainingPolicy policy;

    /** Tells the communications that a certificate is owed, in the completing transaction. */
    @Inject
    Event<EnrolmentCompleted> completions;

    EnrolmentService(EnrolmentRepository enrolments, SessionService sessions, PeopleDirectory people,
            MemberService members, WebhookPublisher webhooks, CourseService courses, TrainingPolicy policy) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.people = people;
        this.members = members;
        this.webhooks = webhooks;
        this.courses = courses;
        this.policy = policy;
    }

    /**
     * Enrols a learner: selected while seats remain, waitlisted afterwards; in a selective session, an
     * application waiting for {@link #select}.
     */
    @Transactional
    public EnrolmentView enrol(OrgAccess caller, UUID sessionId, @Valid EnrolmentData sent) {
        policy.enrol(caller);
        UUID orgId = caller.orgId();
        // Locks the session row until commit: concurrent enrolments into one session are serialised.
        SessionView session = sessions.lock(orgId, sessionId);
        policy.enrolInto(caller, session, courses.get(orgId, session.courseId()).published(),
                () -> isEnrolled(orgId, sessionId, caller.personId()));
        EnrolmentData data = policy.enrolment(caller, sent);
        // The BPF classifies every enrolment: the team gives both (a learner's own gets OTHER from the policy).
        if (data.traineeType() == null) {
            throw new InvalidParameterException("traineeType", "training.enrolment.field-required", "traineeType");
        }
        if (data.fundingSource() == null) {
            throw new InvalidParameterException("fundingSource", "training.enrolment.field-required", "fundingSource");
        }
        requireLearner(orgId, data.learnerId(), policy.agentsOf(caller));
        if (data.memberId() != null && !members.exists(orgId, data.memberId())) {
            throw new RuleViolationException("memberId", "training.enrolment.unknown-member", data.memberId());
        }
        SessionService.requireTakesEnrolments(session);
        boolean selective = session.selective();
        if (enrolments.count("orgId = ?1 and sessionId = ?2 and learnerId = ?3", orgId, sessionId,
                data.learnerId()) > 0) {
            throw new ConflictException("training.enrolment.already");
        }
        Enrolment e = new Enrolment();
        e.orgId = orgId;
        e.sessionId = sessionId;
        e.learnerId = data.learnerId();
        e.memberId = data.memberId();
        e.employer = data.employer();
        e.traineeType = data.traineeType();
        e.fundingSource = data.fundingSource();
        e.application = data.application();
        e.needsAnalysis = data.needsAnalysis();
        e.positioning = data.positioning();
        e.priceEur = data.priceEur();
        e.enter(selective ? EnrolmentStatus.APPLIED
                : sessions.takeSeat(orgId, sessionId) ? EnrolmentStatus.SELECTED : EnrolmentStatus.WAITLISTED);
        enrolments.persistAndFlush(e);
        return e.view();
    }

    /**
     * Selects among a selective session's applicants while seats remain — learners from a member structure
     * first when the session gives them priority, then by date of application — and waitlists the others.
     */
    @Transactional
    public List<EnrolmentView> select(OrgAccess caller, UUID sessionId) {
        UUID orgId = caller.orgId();
        SessionView session = sessions.lock(orgId, sessionId);
        policy.changeSession(caller, session, () -> isSeated(orgId, sessionId, caller.personId()));
        SessionService.requireTakesEnrolments(session);
        if (!session.selective()) {
            throw new ConflictException("training.enrolment.not-selective");
        }
        for (Enrolment e : inTurn(orgId, session, EnrolmentStatus.APPLIED)) {
            e.transition(sessions.takeSeat(orgId, sessionId) ? EnrolmentStatus.SELECTED : EnrolmentStatus.WAITLISTED);
        }
        enrolments.flush();
        return ofSession(orgId, sessionId);
    }

    /** The learner confirms its selected place. */
    @Transactional
    public EnrolmentView confirm(OrgAccess caller, UUID id, long expectedVersion) {
        Enrolment e = load(caller.orgId(), id);
        policy.actForLearner(caller, e.view(), teaches(caller, e));
        EnrolmentView view = move(e, expectedVersion, EnrolmentStatus.CONFIRMED);
        webhooks.publish(caller.orgId(), TrainingEventTypes.ENROLMENT_CONFIRMED, view);
        return view;
    }

    /** The training went to its end for this learner. */
    @Transactional
    public EnrolmentView complete(OrgAccess caller, UUID id, long expectedVersion) {
        Enrolment e = load(caller.orgId(), id);
        policy.assess(caller, e.view(), teaches(caller, e));
        EnrolmentView view = move(e, expectedVersion, EnrolmentStatus.COMPLETED);
        completions.fire(new EnrolmentCompleted(caller.orgId(), view));
        return view;
    }

    /** The learner never came; the seat stays counted (it was not offered to anyone else). */
    @Transactional
    public EnrolmentView noShow(OrgAccess caller, UUID id, long expectedVersion) {
        Enrolment e = load(caller.orgId(), id);
        policy.assess(caller, e.view(), teaches(caller, e));
        return move(e, expectedVersion, EnrolmentStatus.NO_SHOW);
    }

    /** Time spent and progress of a self-paced learner, as its LMS reports them (totals, so repeatable). */
    @Transactional
    public EnrolmentView progress(OrgAccess caller, UUID id, @Valid ProgressData data) {
        Enrolment e = load(caller.orgId(), id);
        policy.pushProgress(caller, e.view(), teaches(caller, e));
        if (!e.holdsSeat) {
            throw new ConflictException("training.enrolment.not-seated", e.status);
        }
        e.timeSpentMinutes = data.timeSpentMinutes();
        e.progressPercent = data.progressPercent();
        enrolments.flush();
        return e.view();
    }

    /** The assessment of the objectives reached (Qualiopi indicator 11). */
    @Transactional
    public EnrolmentView assess(OrgAccess caller, UUID id, long expectedVersion, @Valid AssessmentData data) {
        Enrolment e = load(caller.orgId(), id);
        policy.assess(caller, e.view(), teaches(caller, e));
        StaleVersionException.check(expectedVersion, e.version);
        if (!e.holdsSeat) {
            throw new ConflictException("training.enrolment.not-seated", e.status);
        }
        e.assessment = data.result();
        e.assessmentComment = data.comment();
        enrolments.flush();
        return e.view();
    }

    /** The learner leaves (or the staff removes it); a freed seat promotes the waitlist. */
    @Transactional
    public EnrolmentView drop(OrgAccess caller, UUID id, long expectedVersion) {
        Enrolment e = load(caller.orgId(), id);
        policy.actForLearner(caller, e.view(), teaches(caller, e));
        EnrolmentView view = move(e, expectedVersion, EnrolmentStatus.DROPPED);
        webhooks.publish(caller.orgId(), TrainingEventTypes.ENROLMENT_CANCELLED, view);
        return view;
    }

    /** The training team turns an application down; a freed seat promotes the waitlist. */
    @Transactional
    public EnrolmentView reject(OrgAccess caller, UUID id, long expectedVersion) {
        Enrolment e = load(caller.orgId(), id);
        policy.reject(caller, e.view(), teaches(caller, e));
        EnrolmentView view = move(e, expectedVersion, EnrolmentStatus.REJECTED);
        webhooks.publish(caller.orgId(), TrainingEventTypes.ENROLMENT_CANCELLED, view);
        return view;
    }

    /** An enrolment the caller may see (404 otherwise). */
    public EnrolmentView get(OrgAccess caller, UUID id) {
        Enrolment e = load(caller.orgId(), id);
        EnrolmentView view = e.view();
        policy.readEnrolment(caller, view, teaches(caller, e));
        return view;
    }

    /** Whether the caller teaches the enrolment's session, asked only when the policy needs it. */
    public BooleanSupplier teaches(OrgAccess caller, EnrolmentView enrolment) {
        return () -> sessions.isTaughtBy(caller.orgId(), enrolment.sessionId(), caller.personId());
    }

    private BooleanSupplier teaches(OrgAccess caller, Enrolment e) {
        UUID sessionId = e.sessionId;
        return () -> sessions.isTaughtBy(caller.orgId(), sessionId, caller.personId());
    }

    /** The enrolments of a session, in order of arrival, for those who may read them. */
    public List<EnrolmentView> ofSession(OrgAccess caller, UUID sessionId) {
        policy.readSessionEnrolments(caller, sessions.get(caller.orgId(), sessionId));
        return ofSession(caller.orgId(), sessionId);
    }

    /** A learner's enrolments: a learner's own, or those of the learner oversight names. */
    public List<EnrolmentView> ofLearner(OrgAccess caller, UUID learnerId) {
        UUID learner = policy.enrolmentsOf(caller, learnerId);
        return learner == null ? List.of() : ofLearner(caller.orgId(), learner);
    }

    /** Used by the module's services, which ask the policy themselves. */
    public EnrolmentView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    /** Whether the learner holds a seat (selected, confirmed, completed, no-show) in the session. */
    public boolean isSeated(UUID orgId, UUID sessionId, UUID learnerId) {
        return learnerId != null && enrolments.count("orgId = ?1 and sessionId = ?2 and learnerId = ?3 and holdsSeat = true",
                orgId, sessionId, learnerId) > 0;
    }

    /** Whether the learner has an enrolment in the session, whatever its status. */
    private boolean isEnrolled(UUID orgId, UUID sessionId, UUID learnerId) {
        return learnerId != null && enrolments.count("orgId = ?1 and sessionId = ?2 and learnerId = ?3",
                orgId, sessionId, learnerId) > 0;
    }

    public List<EnrolmentView> ofSession(UUID orgId, UUID sessionId) {
        return enrolments.list("orgId = ?1 and sessionId = ?2 order by createdAt, id", orgId, sessionId).stream()
                .map(Enrolment::view).toList();
    }

    public List<EnrolmentView> ofLearner(UUID orgId, UUID learnerId) {
        return enrolments.list("orgId = ?1 and learnerId = ?2 order by createdAt, id", orgId, learnerId).stream()
                .map(Enrolment::view).toList();
    }

    private EnrolmentView move(Enrolment e, long expectedVersion, EnrolmentStatus target) {
        UUID orgId = e.orgId;
        StaleVersionException.check(expectedVersion, e.version);
        boolean freed = e.transition(target);
        enrolments.flush();
        if (freed) {
            sessions.releaseSeat(orgId, e.sessionId);
            promote(orgId, e.sessionId);
        }
        return e.view();
    }

    /** Gives free seats to the waitlist, oldest first (the session row is locked by releaseSeat). */
    private void promote(UUID orgId, UUID sessionId) {
        for (Enrolment next : inTurn(orgId, sessions.get(orgId, sessionId), EnrolmentStatus.WAITLISTED)) {
            if (!sessions.takeSeat(orgId, sessionId)) {
                return;
            }
            next.transition(EnrolmentStatus.SELECTED);
            enrolments.flush();
        }
    }

    /** A session's enrolments of a status in the order seats go to them: by arrival, members first if prioritised. */
    private List<Enrolment> inTurn(UUID orgId, SessionView session, EnrolmentStatus status) {
        return Enrolment.inTurn(enrolments.list("orgId = ?1 and sessionId = ?2 and status = ?3 order by createdAt, id",
                orgId, session.id(), status), session.memberPriority());
    }

    /** A person with the learner role, and of structure {@code ofMember} when given (a contact enrols its agents). */
    private void requireLearner(UUID orgId, UUID personId, UUID ofMember) {
        if (personId == null) {
            throw new RuleViolationException("learnerId", "training.enrolment.not-a-learner", "null");
        }
        try {
            PersonView person = people.get(orgId, personId);
            if (person.roles().contains(Role.LEARNER) && (ofMember == null || ofMember.equals(person.memberId()))) {
                return;
            }
        } catch (NotFoundException e) {
            // answered below
        }
        throw new RuleViolationException("learnerId", "training.enrolment.not-a-learner", personId);
    }

    private Enrolment load(UUID orgId, UUID id) {
        return enrolments.find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("enrolment", id));
    }
}
