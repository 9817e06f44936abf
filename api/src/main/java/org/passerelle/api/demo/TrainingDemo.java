package org.passerelle.api.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonData;
import org.passerelle.core.person.Role;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.attendance.AttendanceStatus;
import org.passerelle.training.attendance.MarkData;
import org.passerelle.training.attendance.SlotMarks;
import org.passerelle.training.course.BpfObjective;
import org.passerelle.training.course.CourseData;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.Modality;
import org.passerelle.training.course.ProgrammeType;
import org.passerelle.training.communication.CommunicationKind;
import org.passerelle.training.communication.Communications;
import org.passerelle.training.enrolment.Assessment;
import org.passerelle.training.enrolment.AssessmentData;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.enrolment.FundingSource;
import org.passerelle.training.enrolment.TraineeType;
import org.passerelle.training.session.Half;
import org.passerelle.training.session.SessionData;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SessionView;
import org.passerelle.training.session.SlotData;
import org.passerelle.training.evaluation.EvaluationService;
import org.passerelle.training.evaluation.SurveyData;
import org.passerelle.training.evaluation.SurveyKind;
import org.passerelle.training.trainer.Certification;
import org.passerelle.training.trainer.TrainerData;
import org.passerelle.training.trainer.TrainerKind;
import org.passerelle.training.trainer.TrainerService;
import org.passerelle.training.trainer.UpkeepRecord;

/**
 * The training organisation's catalogue from its mission report: the initial training of conseillers
 * numériques (remote, synchronous, open-source alternatives presented), the soft-skills modules launched in
 * 2025, an independent trainer certified FEFAD, one completed and one open session with a learner; and a cycle for
 * associations run as Emancip'Asso runs it, with a different speaker each day.
 */
@ApplicationScoped
class TrainingDemo {

    /** Queues the demo learner's e-mails as the scheduled job would. */
    @Inject
    Communications communications;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CourseService courses;
    private final SessionService sessions;
    private final TrainerService trainers;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final EvaluationService evaluations;
    private final PeopleDirectory people;
    private final EmployerDemo employer;

    TrainingDemo(CourseService courses, SessionService sessions, TrainerService trainers, EnrolmentService enrolments,
            AttendanceService attendance, EvaluationService evaluations, PeopleDirectory people,
            EmployerDemo employer) {
        this.courses = courses;
        this.sessions = sessions;
        this.trainers = trainers;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.evaluations = evaluations;
        this.people = people;
        this.employer = employer;
    }

    /**
     * Loads the catalogue as the organisation's real people would: its admin plans and enrols, its trainer marks
     * attendance, its learner answers the survey; each through the services, so the training policy applies.
     */
    void load(UUID org, UUID admin, UUID trainer, UUID learner, UUID learnerStructure) {
        OrgAccess asAdmin = access(org, Role.ADMIN, admin, null);
        OrgAccess asTrainer = access(org, Role.TRAINER, trainer, null);
        OrgAccess asLearner = access(org, Role.LEARNER, learner, learnerStructure);
        UUID cnum = course(asAdmin, "CNUM-INIT", "Formation initiale des conseillers numériques",
                "Accompagner les usagers vers l'autonomie numérique et citoyenne; préparer le titre professionnel.",
                "154", Modality.VIRTUAL_CLASSROOM, ProgrammeType.CATALOGUE, List.of("conseillers numeriques", "open source"));
        course(asAdmin, "SOFT-01", "Soft skills : communication bienveillante en médiation numérique",
                "Adopter une posture d'écoute; désamorcer les situations tendues au guichet.", "14",
                Modality.VIRTUAL_CLASSROOM, ProgrammeType.CATALOGUE, List.of("soft skills"));
        course(asAdmin, "LIBRE-01", "Outils libres pour la médiation numérique",
                "Présenter des alternatives open source aux logiciels propriétaires; installer Nextcloud.", "7",
                Modality.BLENDED, ProgrammeType.CATALOGUE, List.of("open source"));

        trainers.create(asAdmin, new TrainerData(trainer, TrainerKind.INDEPENDENT,
                List.of("médiation numérique", "soft skills", "logiciels libres"),
                List.of(new Certification("FEFAD", LocalDate.of(2025, 3, 14), LocalDate.of(2028, 3, 14))),
                List.of(new UpkeepRecord(LocalDate.of(2025, 6, 12), "Webinaire accessibilité numérique", new BigDecimal("2"))),
                true));

        UUID held = session(asAdmin, cnum, trainer, LocalDate.of(2026, 3, 2));
        EnrolmentView seat = enrolments.enrol(asAdmin, held, new EnrolmentData(learner, learnerStructure,
                "Régie de quartiers Diagonales", TraineeType.EMPLOYEE, FundingSource.PUBLIC_AUTHORITY, null,
                "Accompagner les démarches CAF", "Débutant en accompagnement à distance", new BigDecimal("2100")));
        // Its convocation went out before the session (the send log shows it, with the certificate and invitation).
        communications.send(org, seat.id(), CommunicationKind.CONVOCATION);
        long version = sessions.get(asAdmin, held).version();
        SessionView running = sessions.transition(asAdmin, held, version, SessionStatus.RUNNING);
        // The learner attended both half-days (connected 200 of the 210 minutes of the morning), was assessed,
        // completed the training and answered the hot survey: its certificate can be issued.
        Instant now = Instant.now();
        attendance.mark(asTrainer, held, running.slots().get(0).id(), now,
                new SlotMarks(List.of(new MarkData(seat.id(), AttendanceStatus.PRESENT, 200))));
        attendance.mark(asTrainer, held, running.slots().get(1).id(), now,
                new SlotMarks(List.of(new MarkData(seat.id(), AttendanceStatus.PRESENT, null))));
        sessions.transition(asAdmin, held, running.version(), SessionStatus.COMPLETED);
        EnrolmentView assessed = enrolments.assess(asTrainer, seat.id(), seat.version(),
                new AssessmentData(Assessment.REACHED, "Mise en situation réussie"));
        enrolments.complete(asAdmin, seat.id(), assessed.version());
        communications.send(org, seat.id(), CommunicationKind.HOT_SURVEY);
        evaluations.answer(asLearner, seat.id(), SurveyKind.HOT, now, new SurveyData(5,
                Map.of("Contenus", 5, "Animation", 4), "Formation très concrète"));

        UUID next = session(asAdmin, cnum, trainer, LocalDate.of(2027, 2, 1));
        enrolments.enrol(asAdmin, next, new EnrolmentData(learner, learnerStructure, "Régie de quartiers Diagonales",
                TraineeType.EMPLOYEE, FundingSource.OPCO, "Approfondir l'accompagnement des seniors", null, null, null));
        employer.load(asAdmin, learnerStructure, held, next);
        speakersPerDay(asAdmin, trainer);
    }

    /**
     * An open three-day cycle for associations with a different speaker each day and no session trainer: each
     * half-day names its own (docs/training.md, "Trainers per half-day").
     */
    private void speakersPerDay(OrgAccess admin, UUID firstDay) {
        UUID course = course(admin, "EMANCIP-01", "Émancipation numérique des associations",
                "Choisir des outils libres et éthiques adaptés à son association; animer leur adoption par les bénévoles.",
                "21", Modality.IN_PERSON, ProgrammeType.CATALOGUE, List.of("associations", "open source"));
        UUID secondDay = people.register(admin, new PersonData("speaker-cloud@alphalia.test", "Camille Nuage",
                Set.of(Role.TRAINER), null)).id();
        UUID thirdDay = people.register(admin, new PersonData("speaker-gouvernance@alphalia.test", "Yacine Benali",
                Set.of(Role.TRAINER), null)).id();
        LocalDate monday = LocalDate.of(2027, 3, 8);
        List<UUID> speakers = List.of(firstDay, secondDay, thirdDay);
        List<SlotData> slots = new ArrayList<>();
        for (int d = 0; d < speakers.size(); d++) {
            slots.add(new SlotData(monday.plusDays(d), Half.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30),
                    speakers.get(d)));
            slots.add(new SlotData(monday.plusDays(d), Half.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(17, 0),
                    speakers.get(d)));
        }
        UUID id = sessions.create(admin, new SessionData(course, "Maison des associations, La Rochelle", null, false, 16,
                6, true, slots, List.of(), false, false, "Un ordinateur portable et les accès de votre association"))
                .id();
        sessions.transition(admin, id, 0, SessionStatus.OPEN);
    }

    /** The access of one of the organisation's demo people, as {@code CurrentCaller} would build it. */
    private static OrgAccess access(UUID org, Role role, UUID person, UUID memberId) {
        return new OrgAccess(org, DemoData.TRAINING, PARIS, Set.of(role), memberId, null, false, person, null, false);
    }

    private UUID course(OrgAccess admin, String code, String title, String objectives, String hours, Modality modality,
            ProgrammeType type, List<String> tags) {
        return courses.create(admin, new CourseData(code, title, null, objectives, "Aucun", "Conseillers numériques",
                new BigDecimal(hours), modality, type, null, "Inscription jusqu'à 7 jours avant la session",
                "Référente handicap : handicap@alphalia.test", "Quiz de positionnement, mises en situation", tags,
                true, BpfObjective.OTHER_PROFESSIONAL, "326", "Informatique, traitement de l'information", null)).id();
    }

    /** An open session of two half-days on {@code day}, taught remotely and synchronously. */
    private UUID session(OrgAccess admin, UUID course, UUID trainer, LocalDate day) {
        UUID id = sessions.create(admin, new SessionData(course, null, "https://visio.alphalia.test/cnum", true, 12, 4,
                true, List.of(new SlotData(day, Half.MORNING, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new SlotData(day, Half.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(17, 0))),
                List.of(trainer), false, false, null)).id();
        return sessions.transition(admin, id, 0, SessionStatus.OPEN).id();
    }
}
