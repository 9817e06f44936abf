package org.passerelle.training.enrolment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonView;
import org.passerelle.core.person.Role;
import org.passerelle.training.session.SessionService;

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

    EnrolmentService(EnrolmentRepository enrolments, SessionService sessions, PeopleDirectory people,
            MemberService members) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.people = people;
        this.members = members;
    }

    /** Enrols a learner: selected while seats remain, waitlisted afterwards. */
    @Transactional
    public EnrolmentView enrol(UUID orgId, UUID sessionId, @Valid EnrolmentData data) {
        requireLearner(orgId, data.learnerId());
        if (data.memberId() != null && !members.exists(orgId, data.memberId())) {
            throw new RuleViolationException("memberId", "training.enrolment.unknown-member", data.memberId());
        }
        boolean seated = sessions.takeSeat(orgId, sessionId); // locks the session row until commit
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
        e.moveTo(seated ? EnrolmentStatus.SELECTED : EnrolmentStatus.WAITLISTED);
        enrolments.persistAndFlush(e);
        return e.view();
    }

    /** The learner confirms its selected place. */
    @Transactional
    public EnrolmentView confirm(UUID orgId, UUID id, long expectedVersion) {
        return move(orgId, id, expectedVersion, EnrolmentStatus.CONFIRMED, EnumSet.of(EnrolmentStatus.SELECTED));
    }

    /** The learner leaves (or the staff removes it); a freed seat promotes the waitlist. */
    @Transactional
    public EnrolmentView drop(UUID orgId, UUID id, long expectedVersion) {
        return move(orgId, id, expectedVersion, EnrolmentStatus.DROPPED,
                EnumSet.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SELECTED, EnrolmentStatus.WAITLISTED,
                        EnrolmentStatus.CONFIRMED));
    }

    /** The training team turns an application down; a freed seat promotes the waitlist. */
    @Transactional
    public EnrolmentView reject(UUID orgId, UUID id, long expectedVersion) {
        return move(orgId, id, expectedVersion, EnrolmentStatus.REJECTED,
                EnumSet.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SELECTED, EnrolmentStatus.WAITLISTED));
    }

    public EnrolmentView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    /** Whether the learner holds a seat (selected, confirmed, completed, no-show) in the session. */
    public boolean isSeated(UUID orgId, UUID sessionId, UUID learnerId) {
        return learnerId != null && enrolments.count("orgId = ?1 and sessionId = ?2 and learnerId = ?3 and holdsSeat = true",
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

    private EnrolmentView move(UUID orgId, UUID id, long expectedVersion, EnrolmentStatus target,
            Set<EnrolmentStatus> from) {
        Enrolment e = load(orgId, id);
        StaleVersionException.check(expectedVersion, e.version);
        if (!from.contains(e.status)) {
            throw new ConflictException("training.enrolment.invalid-transition", e.status, target);
        }
        boolean freed = e.holdsSeat && !target.holdsSeat();
        e.moveTo(target);
        enrolments.flush();
        if (freed) {
            sessions.releaseSeat(orgId, e.sessionId);
            promote(orgId, e.sessionId);
        }
        return e.view();
    }

    /** Gives free seats to the waitlist, oldest first (the session row is locked by releaseSeat). */
    private void promote(UUID orgId, UUID sessionId) {
        List<Enrolment> waiting = enrolments.list("orgId = ?1 and sessionId = ?2 and status = ?3 order by createdAt, id",
                orgId, sessionId, EnrolmentStatus.WAITLISTED);
        for (Enrolment next : waiting) {
            if (!sessions.takeSeat(orgId, sessionId)) {
                return;
            }
            next.moveTo(EnrolmentStatus.SELECTED);
            enrolments.flush();
        }
    }

    private void requireLearner(UUID orgId, UUID personId) {
        if (personId == null) {
            throw new RuleViolationException("learnerId", "training.enrolment.not-a-learner", "null");
        }
        try {
            PersonView person = people.get(orgId, personId);
            if (person.roles().contains(Role.LEARNER)) {
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
