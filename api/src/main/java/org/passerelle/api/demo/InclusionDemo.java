package org.passerelle.api.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonData;
import org.passerelle.core.person.Role;
import org.passerelle.inclusion.equipment.BeneficiaryData;
import org.passerelle.inclusion.equipment.BeneficiaryService;
import org.passerelle.inclusion.equipment.DeviceKind;
import org.passerelle.inclusion.equipment.Eligibility;
import org.passerelle.inclusion.equipment.EquipmentService;
import org.passerelle.inclusion.equipment.ItemData;
import org.passerelle.inclusion.equipment.LoanData;
import org.passerelle.inclusion.equipment.LoanService;
import org.passerelle.inclusion.equipment.LoanStepData;
import org.passerelle.inclusion.equipment.LotData;
import org.passerelle.training.course.BpfObjective;
import org.passerelle.training.course.CourseData;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.Modality;
import org.passerelle.training.course.ProgrammeType;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.enrolment.FundingSource;
import org.passerelle.training.enrolment.ProgressData;
import org.passerelle.training.enrolment.TraineeType;
import org.passerelle.training.session.Half;
import org.passerelle.training.session.SessionData;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionStatus;
import org.passerelle.training.session.SlotData;

/**
 * The agency's Mon ordi Pin40 programme (seed 001): the Département's 2024 lot of laptops reconditioned by the
 * Régie de Quartiers Bois & Services, a blended "premiers pas" path, beneficiaries referred by Capbreton (whose
 * secretariat, its contact, follows them) or coming on their own, all with the charter signed: one laptop granted
 * after a completed path, one back in stock after a path given up, two paths running.
 */
@ApplicationScoped
class InclusionDemo {

    private final PeopleDirectory people;
    private final CourseService courses;
    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final EquipmentService equipment;
    private final BeneficiaryService beneficiaries;
    private final LoanService loans;
    private final DiagnosticDemo diagnostic;

    InclusionDemo(PeopleDirectory people, CourseService courses, SessionService sessions, EnrolmentService enrolments,
            EquipmentService equipment, BeneficiaryService beneficiaries, LoanService loans, DiagnosticDemo diagnostic) {
        this.diagnostic = diagnostic;
        this.people = people;
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.equipment = equipment;
        this.beneficiaries = beneficiaries;
        this.loans = loans;
    }

    void load(OrgAccess admin, UUID capbreton, UUID soustons) {
        UUID course = courses.create(admin, new CourseData("PIN40-1", "Mon ordi Pin40 : premiers pas numériques", null,
                "Allumer, naviguer, envoyer un courriel, faire une démarche en ligne en sécurité.", "Aucun",
                "Bénéficiaires du dispositif Mon ordi Pin40", new BigDecimal("12"), Modality.BLENDED,
                ProgrammeType.CATALOGUE, null, "Sur orientation d'une structure du réseau", "handicap@alpi.test",
                "Mises en situation", List.of("inclusion numerique"), true, BpfObjective.OTHER_PROFESSIONAL, "326",
                "Informatique, traitement de l'information", null)).id();
        UUID session = sessions.create(admin, new SessionData(course, "France Services de Capbreton", null, false, 12, 1,
                true, List.of(new SlotData(LocalDate.of(2025, 3, 4), Half.MORNING, LocalTime.of(9, 0),
                        LocalTime.of(12, 0)), new SlotData(LocalDate.of(2025, 3, 11), Half.MORNING, LocalTime.of(9, 0),
                                LocalTime.of(12, 0))), List.of(), false, false, null)).id();
        sessions.transition(admin, session, 0, SessionStatus.OPEN);

        UUID lot = equipment.receive(admin, new LotData("Gisement 2024 — Mont-de-Marsan",
                "Département des Landes — gisement 2024", "Régie de Quartiers Bois & Services (Mont-de-Marsan)",
                DeviceKind.LAPTOP, 1500, LocalDate.of(2024, 9, 16))).id();
        equipment.receive(admin, new LotData("Gisement 2024 — Saint-Paul-lès-Dax", "Département des Landes — gisement 2024",
                "Le comptoir de l'électroménager solidaire (Saint-Paul-lès-Dax)", DeviceKind.LAPTOP, 1500,
                LocalDate.of(2024, 10, 7)));
        List<UUID> laptops = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            laptops.add(equipment.record(admin, lot, new ItemData("PF3K8Z2" + i, "Lenovo ThinkPad T480, Linux Mint")).id());
        }

        Path martine = loan(admin, session, laptops.get(0), "Martine Lafitte", "Capbreton", capbreton,
                Eligibility.MINIMA_SOCIAUX, LocalDate.of(2025, 2, 24));
        Path paul = loan(admin, session, laptops.get(1), "Paul Lesbats", "Soustons", soustons, Eligibility.JOB_SEEKER,
                LocalDate.of(2025, 2, 24));
        loan(admin, session, laptops.get(2), "Anne Dubroca", "Capbreton", capbreton, Eligibility.SENIOR,
                LocalDate.of(2025, 2, 26));
        loan(admin, session, laptops.get(3), "Kévin Duprat", "Mont-de-Marsan", null, Eligibility.YOUNG_IN_INTEGRATION,
                LocalDate.of(2025, 2, 27));

        // Martine went through the path (two workshops and practice at home): her laptop is hers.
        EnrolmentView seat = enrolments.progress(admin, martine.enrolment(), new ProgressData(690, 100));
        enrolments.complete(admin, seat.id(), seat.version());
        loans.complete(admin, martine.loan(), 0, new LoanStepData(LocalDate.of(2025, 3, 11), null));
        loans.transfer(admin, martine.loan(), 1, new LoanStepData(LocalDate.of(2025, 3, 18),
                "Remis en dotation à la France Services de Capbreton."));
        // Paul gave up: his laptop came back to stock, to be lent again.
        loans.abandon(admin, paul.loan(), 0, new LoanStepData(LocalDate.of(2025, 3, 20),
                "N'a pas pu suivre le second atelier (reprise d'emploi)."));
        loans.giveBack(admin, paul.loan(), 1, new LoanStepData(LocalDate.of(2025, 3, 25), null));
        diagnostic.load(admin, soustons, course);
    }

    private record Path(UUID loan, UUID enrolment) {
    }

    /** A learner enrolled in the path, referred (charter signed a week before), lent a laptop on {@code on}. */
    private Path loan(OrgAccess admin, UUID session, UUID laptop, String name, String commune, UUID referredBy,
            Eligibility eligibility, LocalDate on) {
        String email = name.toLowerCase().replace('é', 'e').replace(' ', '.') + "@pin40.alpi.test";
        UUID learner = people.register(admin, new PersonData(email, name, Set.of(Role.LEARNER), null, null, false)).id();
        UUID enrolment = enrolments.enrol(admin, session, new EnrolmentData(learner, null, null, TraineeType.INDIVIDUAL,
                FundingSource.PUBLIC_AUTHORITY, null, "Pas d'ordinateur au foyer", "Grand débutant", null)).id();
        UUID beneficiary = beneficiaries.refer(admin, new BeneficiaryData(name, null, null, commune, referredBy, null,
                eligibility, null, on.minusDays(7))).id();
        return new Path(loans.lend(admin, new LoanData(laptop, beneficiary, List.of(enrolment), on, null)).id(),
                enrolment);
    }
}
