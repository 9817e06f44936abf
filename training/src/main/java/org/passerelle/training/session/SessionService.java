package org.passerelle.training.session;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonView;
import org.passerelle.core.person.Role;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.training.TrainingEventTypes;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.CourseView;

/** Sessions of the organisation's courses. Times are given in the organisation's zone and stored in UTC. */
@ApplicationScoped
public class SessionService {

    private final SessionRepository sessions;
    private final CourseService courses;
    private final PeopleDirectory people;
    private final WebhookPublisher webhooks;
    private final TrainingPolicy policy;

    SessionService(SessionRepository sessions, CourseService courses, PeopleDirectory people,
            WebhookPublisher webhooks, TrainingPolicy policy) {
        this.sessions = sessions;
        this.courses = courses;
        this.people = people;
        this.webhooks = webhooks;
        this.policy = policy;
    }

    /** Plans a draft session; times are read in the caller's organisation's zone. */
    @Transactional
    public SessionView create(OrgAccess caller, @Valid SessionData data) {
        policy.planSession(caller);
        UUID orgId = caller.orgId();
        ZoneId zone = caller.zone();
        CourseView course = course(orgId, data.courseId());
        Session session = new Session();
        session.orgId = orgId;
        apply(session, zone, data);
        sessions.persistAndFlush(session);
        return view(session, course);
    }

    @Transactional
    public SessionView update(OrgAccess caller, UUID id, long expectedVersion, @Valid SessionData data) {
        UUID orgId = caller.orgId();
        ZoneId zone = caller.zone();
        Session session = load(orgId, id);
        policy.changeSession(caller, view(session, courses.get(orgId, session.courseId)), seated(caller, id));
        StaleVersionException.check(expectedVersion, session.version);
        session.requireEditable();
        CourseView course = course(orgId, data.courseId());
        // Slots are replaced: the old ones go first, so that a kept (day, half) does not clash with itself.
        session.slots.clear();
        sessions.flush();
        apply(session, zone, data);
        // Slots and trainers live in other tables: touching the row makes every change bump the version (ETag).
        session.updatedAt = Instants.now();
        sessions.flush();
        return view(session, course);
    }

    /** Moves a session along its lifecycle: OPEN, RUNNING, COMPLETED or CANCELLED. */
    @Transactional
    public SessionView transition(OrgAccess caller, UUID id, long expectedVersion, SessionStatus target) {
        UUID orgId = caller.orgId();
        Session session = load(orgId, id);
        CourseView course = courses.get(orgId, session.courseId);
        policy.changeSession(caller, view(session, course), seated(caller, id));
        StaleVersionException.check(expectedVersion, session.version);
        session.transition(target);
        sessions.flush();
        SessionView view = view(session, course);
        if (target == SessionStatus.CANCELLED) {
            webhooks.publish(orgId, TrainingEventTypes.SESSION_CANCELLED, view);
        }
        return view;
    }

    /**
     * Takes a seat if one is free, under a row lock of the session held until the caller's transaction ends,
     * so that concurrent enrolments are serialised per session. Refuses sessions that do not take enrolments.
     *
     * @return whether a seat was taken (false: the session is full, the learner waits)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeSeat(UUID orgId, UUID id) {
        Session session = locked(orgId, id);
        boolean taken = session.takeSeat();
        sessions.flush();
        return taken;
    }

    /**
     * Locks the session row (as {@link #takeSeat}) until the caller's transaction ends and reads it: concurrent
     * enrolments into one session are serialised. Nothing of the session may have been read earlier in the
     * transaction (a stale row would be locked); the caller checks visibility, then
     * {@link #requireTakesEnrolments}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SessionView lock(UUID orgId, UUID id) {
        Session session = locked(orgId, id);
        return view(session, courses.get(orgId, session.courseId));
    }

    /** Refuses (409) a session that does not take enrolments: only OPEN and FULL ones do. */
    public static void requireTakesEnrolments(SessionView session) {
        if (session.status() != SessionStatus.OPEN && session.status() != SessionStatus.FULL) {
            throw new ConflictException("training.enrolment.session-closed", session.status());
        }
    }

    /** Gives a seat back (under the same lock); the caller promotes the waitlist with {@link #takeSeat}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseSeat(UUID orgId, UUID id) {
        locked(orgId, id).releaseSeat();
        sessions.flush();
    }

    private Session locked(UUID orgId, UUID id) {
        // Read under the lock (SELECT ... FOR UPDATE), never lock a row read earlier: its version may be stale.
        Session session = sessions.getEntityManager().find(Session.class, id,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.orgId.equals(orgId)) {
            throw new NotFoundException("session", id);
        }
        return session;
    }

    /** A session the caller may read: staff any, a trainer those it teaches, a learner those it holds a seat in. */
    public SessionView get(OrgAccess caller, UUID id) {
        SessionView view = get(caller.orgId(), id);
        policy.readSession(caller, view, seated(caller, id));
        return view;
    }

    /** A session of the organisation, for the module's services (which ask the policy themselves). */
    public SessionView get(UUID orgId, UUID id) {
        Session session = load(orgId, id);
        return view(session, courses.get(orgId, session.courseId));
    }

    /**
     * Whether {@code personId} teaches the session; false as well when it does not exist in the organisation.
     * Counted in SQL: the session row is not read into the transaction (a later lock of it stays fresh).
     */
    public boolean isTaughtBy(UUID orgId, UUID id, UUID personId) {
        return personId != null && sessions.taughtBy(orgId, id, personId);
    }

    /** A half-day of a session the caller may read. */
    public SlotView slot(OrgAccess caller, UUID sessionId, UUID slotId) {
        SessionView session = get(caller, sessionId);
        return session.slots().stream().filter(s -> s.id().equals(slotId)).findFirst()
                .orElseThrow(() -> new NotFoundException("slot", slotId));
    }

    /**
     * Gives a half-day its own trainer ({@code personId}, a person with the trainer role), or back to the
     * session's trainers ({@code personId} null). The team does it, until the session is cancelled.
     */
    @Transactional
    public SlotView assignSlot(OrgAccess caller, UUID sessionId, UUID slotId, long expectedVersion, UUID personId) {
        UUID orgId = caller.orgId();
        Session session = load(orgId, sessionId);
        policy.changeSession(caller, view(session, courses.get(orgId, session.courseId)), seated(caller, sessionId));
        SessionSlot slot = session.slot(slotId);
        StaleVersionException.check(expectedVersion, slot.version);
        if (personId != null) {
            requireTrainer(orgId, "personId", personId);
        }
        session.assign(slotId, personId);
        sessions.flush();
        return slot.view(session.trainerIds);
    }

    /** Whether the caller holds a seat in the session, asked only when the policy needs it. */
    private BooleanSupplier seated(OrgAccess caller, UUID id) {
        return () -> sessions.seated(caller.orgId(), id, caller.personId());
    }

    /** Sessions the caller may search: staff all of them, a trainer those it teaches. */
    public Page<SessionView> search(OrgAccess caller, SessionFilter filter, String sort, PageRequest page) {
        UUID orgId = caller.orgId();
        filter = new SessionFilter(filter.courseId(), filter.status(), policy.sessionSearch(caller, filter.trainerId()),
                filter.from(), filter.to());
        Keyset.Sort<Session> order = Keyset.Sort.parse(sort, SessionRepository.BY_START, SessionRepository.BY_CREATION);
        List<Session> rows = sessions.search(orgId, filter, order, page);
        Map<UUID, CourseView> byId = new HashMap<>();
        return Page.of(rows, page, s -> order.cursorOf(s, s.id))
                .map(s -> view(s, byId.computeIfAbsent(s.courseId, c -> courses.get(orgId, c))));
    }

    /** The session's slots as an iCalendar (RFC 5545) document, one event per half-day. */
    public String icalendar(OrgAccess caller, UUID id) {
        UUID orgId = caller.orgId();
        Session session = load(orgId, id);
        CourseView course = courses.get(orgId, session.courseId);
        policy.readSession(caller, view(session, course), seated(caller, id));
        return SessionCalendar.of(session, course.code() + " — " + course.title());
    }

    /** The same iCalendar, for the module's services (the convocation attaches it). */
    public String icalendar(UUID orgId, UUID id) {
        Session session = load(orgId, id);
        CourseView course = courses.get(orgId, session.courseId);
        return SessionCalendar.of(session, course.code() + " — " + course.title());
    }

    private void apply(Session session, ZoneId zone, SessionData data) {
        int capacity = data.capacity();
        int min = data.minParticipants() == null ? 0 : data.minParticipants();
        if (min > capacity) {
            throw new RuleViolationException("minParticipants", "training.session.min-above-capacity", min, capacity);
        }
        session.courseId = data.courseId();
        session.place = data.place();
        session.virtualRoomUrl = data.virtualRoomUrl();
        session.synchronousRemote = data.synchronousRemote();
        if (capacity < session.seatsTaken) {
            throw new RuleViolationException("capacity", "training.session.capacity-below-seats", capacity,
                    session.seatsTaken);
        }
        session.capacity = capacity;
        session.minParticipants = min;
        session.openSourceAlternatives = data.openSourceAlternatives();
        session.selective = data.selective();
        session.memberPriority = data.memberPriority();
        session.whatToBring = data.whatToBring();
        session.trainerIds.clear();
        List<UUID> trainers = data.trainerIds() == null ? List.of() : data.trainerIds();
        for (int i = 0; i < trainers.size(); i++) {
            requireTrainer(session.orgId, "trainerIds[" + i + "]", trainers.get(i));
            session.trainerIds.add(trainers.get(i));
        }
        List<SlotData> slots = data.slots() == null ? List.of() : data.slots();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).trainerId() != null) {
                requireTrainer(session.orgId, "slots[" + i + "].trainerId", slots.get(i).trainerId());
            }
        }
        session.schedule(slots, zone);
    }

    private void requireTrainer(UUID orgId, String field, UUID personId) {
        PersonView person;
        try {
            person = people.get(orgId, personId);
        } catch (NotFoundException e) {
            throw new RuleViolationException(field, "training.session.not-a-trainer", personId);
        }
        if (!person.roles().contains(Role.TRAINER)) {
            throw new RuleViolationException(field, "training.session.not-a-trainer", personId);
        }
    }

    private CourseView course(UUID orgId, UUID courseId) {
        try {
            return courses.get(orgId, courseId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("courseId", "training.session.unknown-course", courseId);
        }
    }

    private Session load(UUID orgId, UUID id) {
        return sessions.findInOrg(orgId, id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private static SessionView view(Session s, CourseView course) {
        List<SlotView> slots = s.slots.stream().map(slot -> slot.view(s.trainerIds)).toList();
        return new SessionView(s.id, s.courseId, course.code(), course.title(), s.place, s.virtualRoomUrl,
                s.synchronousRemote, s.capacity, s.seatsTaken, s.minParticipants, s.status, s.openSourceAlternatives, s.startsAt,
                s.endsAt, slots, List.copyOf(s.trainerIds), Teaching.of(slots), s.selective, s.memberPriority,
                s.whatToBring, s.version);
    }
}
