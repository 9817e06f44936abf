package org.passerelle.training.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SessionView;
import org.passerelle.training.session.SlotView;

/**
 * The émargement: per half-day slot and learner, present, absent or excused. A learner signs itself while the
 * slot is on (from {@link HalfDay#SIGNING_OPENS} before its start to its end), or a trainer marks it; a trainer's
 * counter-signature closes the slot's lines for good. Hours attended are computed from it.
 */
@ApplicationScoped
public class AttendanceService {

    @ApplicationScoped
    static class Lines implements TenantRepository<Attendance> {
    }

    private final Lines lines;
    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final EntityManager em;
    private final TrainingPolicy policy;

    AttendanceService(Lines lines, SessionService sessions, EnrolmentService enrolments, EntityManager em,
            TrainingPolicy policy) {
        this.lines = lines;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.em = em;
        this.policy = policy;
    }

    /** Every line of a session, slot by slot, for those who may read them (staff, auditor, its trainers). */
    public List<AttendanceView> sheet(OrgAccess caller, UUID sessionId) {
        policy.readAttendance(caller, sessions.get(caller.orgId(), sessionId));
        return sheet(caller.orgId(), sessionId);
    }

    /** Every line of a session, slot by slot, for the module's services (which ask the policy themselves). */
    public List<AttendanceView> sheet(UUID orgId, UUID sessionId) {
        Map<UUID, EnrolmentView> bySeat = enrolments.ofSession(orgId, sessionId).stream()
                .collect(Collectors.toMap(EnrolmentView::id, Function.identity()));
        List<UUID> slots = sessions.get(orgId, sessionId).slots().stream().map(SlotView::id).toList();
        if (slots.isEmpty()) {
            return List.of();
        }
        return lines.list("orgId = ?1 and slotId in ?2", orgId, slots).stream()
                .map(a -> a.view(bySeat.get(a.enrolmentId).learnerId()))
                .sorted(java.util.Comparator.comparing((AttendanceView v) -> slots.indexOf(v.slotId()))
                        .thenComparing(v -> v.learnerId().toString()))
                .toList();
    }

    /** The lines of one enrolment: what a learner sees of its own attendance. */
    public List<AttendanceView> ofEnrolment(OrgAccess caller, UUID enrolmentId) {
        EnrolmentView e = enrolments.get(caller, enrolmentId);
        return lines.list("orgId = ?1 and enrolmentId = ?2 order by createdAt", caller.orgId(), enrolmentId).stream()
                .map(a -> a.view(e.learnerId())).toList();
    }

    /** A trainer (or staff member) marks learners for a slot that has begun; returns the slot's lines. */
    @Transactional
    public List<AttendanceView> mark(OrgAccess caller, UUID sessionId, UUID slotId, Instant now,
            @Valid SlotMarks marks) {
        UUID orgId = caller.orgId();
        UUID by = caller.personId();
        SessionView session = sessions.get(orgId, sessionId);
        policy.markAttendance(caller, session, slotOf(session, slotId));
        HalfDay slot = HalfDay.of(slot(session, slotId));
        if (!slot.markableAt(now)) {
            throw new ConflictException("training.attendance.slot-not-started");
        }
        for (MarkData m : marks.marks()) {
            slot.requireWithin(m.minutesConnected());
            seated(orgId, sessionId, m.enrolmentId());
            Attendance a = line(orgId, slotId, m.enrolmentId());
            a.mark(m.status(), m.minutesConnected(), by);
            lines.persist(a);
        }
        lines.flush();
        return sheet(orgId, sessionId).stream().filter(v -> v.slotId().equals(slotId)).toList();
    }

    /** The learner signs itself present, while the slot is on. */
    @Transactional
    public AttendanceView sign(OrgAccess caller, UUID sessionId, UUID slotId, Instant now) {
        UUID orgId = caller.orgId();
        UUID learnerId = caller.personId();
        SessionView session = sessions.get(orgId, sessionId);
        policy.sign(caller, session, () -> enrolments.isSeated(orgId, sessionId, learnerId));
        HalfDay slot = HalfDay.of(slot(session, slotId));
        if (!slot.signableAt(now)) {
            throw new ConflictException("training.attendance.outside-window", slot.startsAt(), slot.endsAt());
        }
        EnrolmentView e = enrolments.ofLearner(orgId, learnerId).stream()
                .filter(x -> x.sessionId().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("enrolment", sessionId));
        seated(orgId, sessionId, e.id());
        Attendance a = line(orgId, slotId, e.id());
        a.sign(now);
        lines.persistAndFlush(a);
        return a.view(learnerId);
    }

    /** A trainer counter-signs the slot: its lines are final. */
    @Transactional
    public List<AttendanceView> countersign(OrgAccess caller, UUID sessionId, UUID slotId, Instant now) {
        UUID orgId = caller.orgId();
        UUID by = caller.personId();
        SessionView session = sessions.get(orgId, sessionId);
        policy.countersign(caller, session, slotOf(session, slotId));
        slot(session, slotId);
        List<Attendance> open = lines.list("orgId = ?1 and slotId = ?2 and countersignedBy is null", orgId, slotId);
        if (open.isEmpty()) {
            throw new ConflictException("training.attendance.nothing-to-countersign");
        }
        open.forEach(a -> a.countersign(by, now));
        lines.flush();
        return sheet(orgId, sessionId).stream().filter(v -> v.slotId().equals(slotId)).toList();
    }

    /**
     * Minutes attended by an enrolment: each slot present counts its length, or the minutes connected when
     * given (capped by the length), plus self-paced time reported by the LMS.
     */
    public long attendedMinutes(UUID orgId, UUID enrolmentId) {
        return ((Number) em.createNativeQuery(ATTENDED_ONE).setParameter(1, orgId).setParameter(2, enrolmentId)
                .getSingleResult()).longValue();
    }

    /** The minutes one attendance line {@code a} of slot {@code sl} counts, in SQL (the function of migration V2026_12_04_71). */
    public static final String MINUTES_OF_LINE = "training_line_minutes(a.minutes_connected, sl.starts_at, sl.ends_at)";

    /**
     * The SQL common table expression {@code attended}: minutes attended per enrolment of a preceding CTE
     * {@code entered} (column {@code id}); {@code ?1} is the organisation. Statistics, course results, the BPF and
     * certificates all count hours with it. It reads the running totals the attendance triggers keep
     * ({@code training_attended_minutes}, exact: one row per enrolment, not its lines).
     */
    public static final String ATTENDED_CTE = """
            attended AS (
                SELECT m.enrolment_id, m.minutes
                FROM training_attended_minutes m JOIN entered x ON x.id = m.enrolment_id
                WHERE m.org_id = ?1
            )""";

    private static final String ATTENDED_ONE = """
            WITH entered AS (
                SELECT e.id, e.time_spent_minutes FROM training_enrolments e WHERE e.org_id = ?1 AND e.id = ?2
            ), %s
            SELECT x.time_spent_minutes + coalesce(t.minutes, 0) FROM entered x LEFT JOIN attended t ON t.enrolment_id = x.id
            """.formatted(ATTENDED_CTE);

    /** The learner's line of the slot, new if none (the entity refuses changes once counter-signed). */
    private Attendance line(UUID orgId, UUID slotId, UUID enrolmentId) {
        return lines.find("orgId = ?1 and slotId = ?2 and enrolmentId = ?3", orgId, slotId, enrolmentId)
                .firstResultOptional().orElseGet(() -> {
                    Attendance n = new Attendance();
                    n.orgId = orgId;
                    n.slotId = slotId;
                    n.enrolmentId = enrolmentId;
                    return n;
                });
    }

    /** A slot of a session that takes place: not a draft, not cancelled. */
    private static SlotView slot(SessionView session, UUID slotId) {
        SlotView slot = slotOf(session, slotId);
        if (session.status() == SessionStatus.DRAFT || session.status() == SessionStatus.CANCELLED) {
            throw new ConflictException("training.attendance.session-not-held", session.status());
        }
        return slot;
    }

    private static SlotView slotOf(SessionView session, UUID slotId) {
        return session.slots().stream().filter(s -> s.id().equals(slotId)).findFirst()
                .orElseThrow(() -> new NotFoundException("slot", slotId));
    }

    private EnrolmentView seated(UUID orgId, UUID sessionId, UUID enrolmentId) {
        EnrolmentView e = enrolments.get(orgId, enrolmentId);
        if (!e.sessionId().equals(sessionId)) {
            throw new NotFoundException("enrolment", enrolmentId);
        }
        if (!e.status().holdsSeat()) {
            throw new ConflictException("training.enrolment.not-seated", e.status());
        }
        return e;
    }
}
