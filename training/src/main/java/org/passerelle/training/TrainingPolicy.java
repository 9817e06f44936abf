package org.passerelle.training;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;
import org.passerelle.training.course.CourseView;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.enrolment.FundingSource;
import org.passerelle.training.enrolment.TraineeType;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SessionView;
import org.passerelle.training.session.SlotView;
import org.passerelle.training.trainer.TrainerView;

/**
 * Who may do what in training: the only place of the module that reads the caller's roles. The module's
 * services load the object in the caller's organisation (404 when absent), then ask a rule here, then check
 * states (409/422), then work. A rule returns, or throws {@link NotFoundException} when the caller may not see
 * the object (404: the same answer as for an id that does not exist, so that existence does not leak), or
 * {@link AccessDeniedException} when it may see it but not do this (403). A rule about a collection (create,
 * list) answers 403 before anything is read.
 *
 * <p>Facts that cost a query (whether a learner holds a seat, whether a trainer teaches a session) are passed
 * as suppliers, asked only when the caller's roles make them matter.
 */
@ApplicationScoped
public class TrainingPolicy {

    /** The training team: runs the catalogue, sessions, enrolments, trainers and the quality register. */
    private static final Role[] TEAM = { Role.ADMIN, Role.AGENT };

    /** Who reads every training record: the team, and the auditor (OTI) who checks them. */
    private static final Role[] OVERSIGHT = { Role.ADMIN, Role.AGENT, Role.AUDITOR };

    /** Who sees unpublished courses too. */
    private static final Role[] CATALOGUE_INSIDERS = { Role.ADMIN, Role.AGENT, Role.TRAINER, Role.AUDITOR };

    /** Who reads the activity figures: oversight, and the comité de mission that follows them. */
    private static final Role[] FIGURES = { Role.ADMIN, Role.AGENT, Role.AUDITOR, Role.COMMITTEE };

    // --- Catalogue -----------------------------------------------------------------------------------

    /**
     * Everyone in the organisation searches the catalogue. Insiders (team, trainers, auditor) filter on the
     * published flag as they like; for everyone else the catalogue is what is published.
     *
     * @return the published filter to apply
     */
    public Boolean catalogueFilter(OrgAccess caller, Boolean published) {
        requireMember(caller);
        return caller.has(CATALOGUE_INSIDERS) ? published : Boolean.TRUE;
    }

    /** Insiders read any course; everyone else in the organisation published ones only (a draft is 404). */
    public void readCourse(OrgAccess caller, CourseView course) {
        requireMember(caller);
        if (!course.published() && !caller.has(CATALOGUE_INSIDERS)) {
            throw new NotFoundException("course", course.id());
        }
    }

    /** The team adds courses to the catalogue. */
    public void createCourse(OrgAccess caller) {
        caller.require(TEAM);
    }

    /** The team replaces and deletes courses. */
    public void changeCourse(OrgAccess caller, CourseView course) {
        readCourse(caller, course);
        caller.require(TEAM);
    }

    /** A course's results through the authenticated API: oversight (the public API publishes published ones). */
    public void readCourseResults(OrgAccess caller, CourseView course) {
        readCourse(caller, course);
        caller.require(OVERSIGHT);
    }

    // --- Sessions ------------------------------------------------------------------------------------

    /**
     * Oversight searches every session; a trainer only the sessions it teaches (one of their half-days at least),
     * whatever trainer it names;
     * nobody else searches sessions (403).
     *
     * @return the trainer whose sessions to list (null: any)
     */
    public UUID sessionSearch(OrgAccess caller, UUID trainerId) {
        if (caller.has(OVERSIGHT)) {
            return trainerId;
        }
        caller.require(Role.TRAINER);
        return caller.personId();
    }

    /** The team plans sessions. */
    public void planSession(OrgAccess caller) {
        caller.require(TEAM);
    }

    /**
     * Oversight reads any session, a trainer the sessions it teaches, a learner those where it holds a seat
     * ({@code seated}); anyone else gets 404.
     */
    public void readSession(OrgAccess caller, SessionView session, BooleanSupplier seated) {
        if (!seesSession(caller, session, seated)) {
            throw new NotFoundException("session", session.id());
        }
    }

    /** The team changes a session, moves it along its lifecycle and selects among its applicants. */
    public void changeSession(OrgAccess caller, SessionView session, BooleanSupplier seated) {
        readSession(caller, session, seated);
        caller.require(TEAM);
    }

    // --- Enrolments ----------------------------------------------------------------------------------

    /**
     * The team enrols learners, a learner enrols itself, a member structure's contact enrols its agents; nobody
     * else enrols (403).
     */
    public void enrol(OrgAccess caller) {
        if (!isContact(caller)) {
            caller.require(Role.ADMIN, Role.AGENT, Role.LEARNER);
        }
    }

    /**
     * Which sessions the caller may enrol into: the team any (their state then answers); a learner or a
     * structure's contact the sessions open for enrolment (OPEN or FULL) of published courses, and those it is enrolled in ({@code enrolled});
     * any other session is 404 for it, before its state is told.
     */
    public void enrolInto(OrgAccess caller, SessionView session, boolean coursePublished, BooleanSupplier enrolled) {
        if (caller.has(TEAM)) {
            return;
        }
        boolean open = session.status() == SessionStatus.OPEN || session.status() == SessionStatus.FULL;
        if (!(open && coursePublished) && !enrolled.getAsBoolean()) {
            throw new NotFoundException("session", session.id());
        }
    }

    /**
     * What the caller may record: the team any enrolment as sent. A learner enrols itself only (whatever
     * {@code learnerId} it sends), from its own member structure (its membership's); it sets none of the
     * fields the team vouches for — another structure than its own, the trainee type and funding source the
     * BPF classifies by, the price the BPF sums — and sending one is 403 naming them. A structure's contact
     * enrols the agent it names ({@code learnerId}, itself when absent) under the same rules, for its structure:
     * the enrolment then has to name an agent of that structure ({@link #agentsOf}).
     *
     * @return the enrolment to record
     */
    public EnrolmentData enrolment(OrgAccess caller, EnrolmentData sent) {
        if (caller.has(TEAM)) {
            return sent;
        }
        List<String> staffFields = new ArrayList<>();
        if (sent.memberId() != null && !sent.memberId().equals(caller.memberId())) {
            staffFields.add("memberId");
        }
        if (sent.traineeType() != null) {
            staffFields.add("traineeType");
        }
        if (sent.fundingSource() != null) {
            staffFields.add("fundingSource");
        }
        if (sent.priceEur() != null) {
            staffFields.add("priceEur");
        }
        if (!staffFields.isEmpty()) {
            throw new AccessDeniedException("training.enrolment.staff-fields", String.join(", ", staffFields));
        }
        if (isContact(caller)) {
            // Its structure's agent, sent (and paid for) by its employer: the BPF's employee funded by the employer.
            UUID agent = sent.learnerId() != null ? sent.learnerId() : caller.personId();
            return sent.forAgent(agent, caller.memberId());
        }
        return sent.forLearner(caller.personId(), caller.memberId());
    }

    /**
     * An enrolment proposed by another module (a diagnostic's course proposal, through core's {@code Catalogue}):
     * the team records the agent as an employee its employer funds; a structure's contact sends no field the team
     * vouches for, and {@link #enrolment} classifies it the same way.
     */
    public EnrolmentData proposedEnrolment(OrgAccess caller, UUID learnerId, UUID memberId, String needsAnalysis) {
        boolean team = caller.has(TEAM);
        return new EnrolmentData(learnerId, memberId, null, team ? TraineeType.EMPLOYEE : null,
                team ? FundingSource.EMPLOYER : null, null, needsAnalysis, null, null);
    }

    /**
     * The member structure whose agents only the caller may enrol: a contact's own (another person is refused
     * as no learner, 422, whether it exists or not); null for the team and for a learner enrolling itself.
     */
    public UUID agentsOf(OrgAccess caller) {
        return caller.has(TEAM) || !isContact(caller) ? null : caller.memberId();
    }

    /** A session's enrolments: oversight, and the session's trainers; learners see only their own (404 here). */
    public void readSessionEnrolments(OrgAccess caller, SessionView session) {
        if (!caller.has(OVERSIGHT) && !teaches(caller, session)) {
            throw new NotFoundException("session", session.id());
        }
    }

    /**
     * Whose enrolments the caller lists: oversight those of the learner it names, a learner its own whatever
     * it names; nobody else lists enrolments (403).
     *
     * @return the learner whose enrolments to list
     */
    public UUID enrolmentsOf(OrgAccess caller, UUID learnerId) {
        caller.require(Role.ADMIN, Role.AGENT, Role.AUDITOR, Role.LEARNER);
        return caller.has(OVERSIGHT) && learnerId != null ? learnerId : caller.personId();
    }

    /**
     * Oversight reads every enrolment, a learner its own, a trainer those of the sessions it teaches
     * ({@code teaches}), a structure's contact those of its structure's agents; anyone else gets 404. This
     * covers the enrolment's attendance lines.
     */
    public void readEnrolment(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        boolean visible = caller.has(OVERSIGHT) || own(caller, enrolment) || employs(caller, enrolment)
                || caller.has(Role.TRAINER) && teaches.getAsBoolean();
        if (!visible) {
            throw new NotFoundException("enrolment", enrolment.id());
        }
    }

    /**
     * Its learner or the team: confirm a place, withdraw, and get the certificate and the attestation owed to
     * the learner.
     */
    public void actForLearner(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (!caller.has(TEAM) && !own(caller, enrolment)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The convocation: oversight any, a learner its own, its employer (the structure's contact) its agents'; a
     * trainer, who reads the session's enrolments, gets 403 (it is a document sent to the learner).
     */
    public void readConvocation(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (!caller.has(OVERSIGHT) && !own(caller, enrolment) && !employs(caller, enrolment)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The certificate and the attestation: the learner's and its employer's (the structure's contact), and the
     * team's; the others who read the enrolment get 403.
     */
    public void readLearnerDocuments(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (!caller.has(TEAM) && !own(caller, enrolment) && !employs(caller, enrolment)) {
            throw new AccessDeniedException();
        }
    }

    /** A learner's survey answers are its own: its employer, who reads the enrolment, gets 403 here. */
    public void readSurveys(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (employs(caller, enrolment) && !own(caller, enrolment) && !caller.has(OVERSIGHT)) {
            throw new AccessDeniedException();
        }
    }

    /** The team turns an application down. */
    public void reject(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        caller.require(TEAM);
    }

    /** The team or a trainer of the session: completed, no-show, the assessment of the objectives reached. */
    public void assess(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (!caller.has(TEAM) && !(caller.has(Role.TRAINER) && teaches.getAsBoolean())) {
            throw new AccessDeniedException();
        }
    }

    /** Self-paced progress is pushed by a partner system (the LMS) or the team. */
    public void pushProgress(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        if (caller.has(Role.ADMIN, Role.AGENT, Role.PARTNER)) {
            return;
        }
        readEnrolment(caller, enrolment, teaches);
        throw new AccessDeniedException();
    }

    /**
     * An enrolment's send log (convocation, reminders, invitations, certificate): oversight and its learner; a
     * trainer of the session sees the enrolment but not what was mailed to the learner (403).
     */
    public void readCommunications(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (!caller.has(OVERSIGHT) && !own(caller, enrolment)) {
            throw new AccessDeniedException();
        }
    }

    /** Only the enrolment's learner answers its satisfaction surveys. */
    public void answerSurvey(OrgAccess caller, EnrolmentView enrolment, BooleanSupplier teaches) {
        readEnrolment(caller, enrolment, teaches);
        if (!caller.has(Role.LEARNER) || !own(caller, enrolment)) {
            throw new AccessDeniedException();
        }
    }

    // --- Employers -----------------------------------------------------------------------------------

    /**
     * A member structure's training — its agents' enrolments, attendance and hours, its agreements: oversight
     * any structure's, the structure's contact its own. Another structure's is 404 for a contact; whoever is
     * neither oversight nor a contact gets 403.
     */
    public void readEmployer(OrgAccess caller, UUID memberId) {
        if (caller.has(OVERSIGHT)) {
            return;
        }
        if (!isContact(caller)) {
            throw new AccessDeniedException();
        }
        if (!memberId.equals(caller.memberId())) {
            throw new NotFoundException("member", memberId);
        }
    }

    /** Only the structure's contact accepts its training agreements: the organisation does not sign for them. */
    public void acceptAgreement(OrgAccess caller, UUID memberId) {
        readEmployer(caller, memberId);
        if (!isContact(caller) || !memberId.equals(caller.memberId())) {
            throw new AccessDeniedException();
        }
    }

    // --- Attendance ----------------------------------------------------------------------------------

    /** A session's attendance lines and sheet: oversight and the session's trainers; anyone else gets 404. */
    public void readAttendance(OrgAccess caller, SessionView session) {
        readSessionEnrolments(caller, session);
    }

    /**
     * The team and the half-day's trainers mark learners present, absent or excused (the auditor only reads). A
     * half-day's trainers are its own trainer and the session's trainers, who answer for the whole session: the
     * speaker of one day reads the whole sheet but marks only its own half-days (403 on the others).
     */
    public void markAttendance(OrgAccess caller, SessionView session, SlotView slot) {
        readAttendance(caller, session);
        if (!caller.has(TEAM) && !teachesSlot(caller, session, slot)) {
            throw new AccessDeniedException();
        }
    }

    /** Only a trainer of the half-day (its own, or one of the session's) counter-signs it. */
    public void countersign(OrgAccess caller, SessionView session, SlotView slot) {
        readAttendance(caller, session);
        if (!teachesSlot(caller, session, slot)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * A learner signs itself present in a session where it holds a seat ({@code seated}); those who read the
     * session otherwise (oversight, its trainers) may not sign for it (403); anyone else gets 404.
     */
    public void sign(OrgAccess caller, SessionView session, BooleanSupplier seated) {
        if (caller.has(Role.LEARNER) && seated.getAsBoolean()) {
            return;
        }
        if (caller.has(OVERSIGHT) || teaches(caller, session)) {
            throw new AccessDeniedException();
        }
        throw new NotFoundException("session", session.id());
    }

    // --- Trainers ------------------------------------------------------------------------------------

    /** Oversight lists trainer profiles. */
    public void listTrainers(OrgAccess caller) {
        caller.require(OVERSIGHT);
    }

    /** The team creates trainer profiles. */
    public void createTrainer(OrgAccess caller) {
        caller.require(TEAM);
    }

    /** A trainer reads its own profile ({@code /trainers/me}). */
    public void readOwnTrainerProfile(OrgAccess caller) {
        caller.require(Role.TRAINER);
    }

    /** Oversight reads any trainer profile, a trainer its own; anyone else gets 404. */
    public void readTrainer(OrgAccess caller, TrainerView trainer) {
        if (!caller.has(OVERSIGHT) && !trainer.personId().equals(caller.personId())) {
            throw new NotFoundException("trainer", trainer.id());
        }
    }

    /** The team replaces trainer profiles (a trainer reads its own, but does not change it). */
    public void changeTrainer(OrgAccess caller, TrainerView trainer) {
        readTrainer(caller, trainer);
        caller.require(TEAM);
    }

    // --- Quality register ----------------------------------------------------------------------------

    /** Oversight lists complaints and improvement actions (Qualiopi 31, 32). */
    public void listRegister(OrgAccess caller) {
        caller.require(OVERSIGHT);
    }

    /** Oversight reads an entry of the register; anyone else gets 404. */
    public void readRegisterEntry(OrgAccess caller, String kind, UUID id) {
        if (!caller.has(OVERSIGHT)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** The team records complaints and plans improvement actions. */
    public void writeRegister(OrgAccess caller) {
        caller.require(TEAM);
    }

    /** The team answers, acts on and closes entries (the auditor reads them). */
    public void changeRegisterEntry(OrgAccess caller, String kind, UUID id) {
        readRegisterEntry(caller, kind, id);
        caller.require(TEAM);
    }

    // --- Figures -------------------------------------------------------------------------------------

    /** The activity statistics: oversight and the comité de mission. */
    public void readStatistics(OrgAccess caller) {
        caller.require(FIGURES);
    }

    /** The BPF, its records and the CSV exports of enrolments and attendance: oversight. */
    public void readReports(OrgAccess caller) {
        caller.require(OVERSIGHT);
    }

    // --- Facts ---------------------------------------------------------------------------------------

    private static boolean seesSession(OrgAccess caller, SessionView session, BooleanSupplier seated) {
        return caller.has(OVERSIGHT) || teaches(caller, session) || caller.has(Role.LEARNER) && seated.getAsBoolean();
    }

    /** A trainer teaches a session as one of its trainers or as the trainer of at least one of its half-days. */
    private static boolean teaches(OrgAccess caller, SessionView session) {
        return caller.has(Role.TRAINER) && session.taughtBy(caller.personId());
    }

    private static boolean teachesSlot(OrgAccess caller, SessionView session, SlotView slot) {
        UUID me = caller.personId();
        return caller.has(Role.TRAINER) && me != null
                && (session.trainerIds().contains(me) || slot.trainerIds().contains(me));
    }

    /** The caller speaks for a member structure: its contact, acting as a person. */
    private static boolean isContact(OrgAccess caller) {
        return caller.memberContact() && caller.memberId() != null && caller.personId() != null;
    }

    /** The enrolment is of an agent of the structure whose contact the caller is. */
    private static boolean employs(OrgAccess caller, EnrolmentView enrolment) {
        return isContact(caller) && caller.memberId().equals(enrolment.memberId());
    }

    private static boolean own(OrgAccess caller, EnrolmentView enrolment) {
        return caller.personId() != null && enrolment.learnerId().equals(caller.personId());
    }

    /** A platform administrator who is no member reads the public catalogue through the public API, like anyone. */
    private static void requireMember(OrgAccess caller) {
        if (caller.roles().isEmpty()) {
            throw new AccessDeniedException();
        }
    }
}
