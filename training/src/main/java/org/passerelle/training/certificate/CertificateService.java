package org.passerelle.training.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.Doc;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.CourseView;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;

/**
 * The documents a learner is owed: the "certificat de réalisation" (the funders' model: the hours actually
 * attended) and the end-of-training attestation (objectives, nature, duration, assessment). Both are refused
 * while no attendance supports them. French by default, English on request.
 */
@ApplicationScoped
public class CertificateService {

    private final EnrolmentService enrolments;
    private final SessionService sessions;
    private final CourseService courses;
    private final AttendanceService attendance;
    private final PeopleDirectory people;
    private final OrganisationService organisations;
    private final TrainingPolicy policy;

    CertificateService(EnrolmentService enrolments, SessionService sessions, CourseService courses,
            AttendanceService attendance, PeopleDirectory people, OrganisationService organisations,
            TrainingPolicy policy) {
        this.policy = policy;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.courses = courses;
        this.attendance = attendance;
        this.people = people;
        this.organisations = organisations;
    }

    /** Facts both documents state. */
    private record Facts(String organisation, String learner, CourseView course, LocalDate from, LocalDate to,
            BigDecimal hours, EnrolmentView enrolment) {
    }

    /** The certificat de réalisation, for its learner or the team. */
    public Doc realisation(OrgAccess caller, UUID enrolmentId, Locale locale) {
        Facts f = facts(caller, enrolmentId);
        boolean en = "en".equals(locale.getLanguage());
        Doc.Builder d = new Doc.Builder(en ? "Certificate of completion" : "Certificat de réalisation",
                f.organisation(), en ? "en" : "fr");
        d.paragraph(en
                ? "I, the undersigned, representing " + f.organisation() + ", certify that " + f.learner()
                        + " attended the training action « " + f.course().title() + " » from " + date(f.from(), en)
                        + " to " + date(f.to(), en) + "."
                : "Je soussigné(e), représentant " + f.organisation() + ", atteste que " + f.learner()
                        + " a suivi l'action de formation « " + f.course().title() + " » du " + date(f.from(), en)
                        + " au " + date(f.to(), en) + ".");
        d.table(List.of(en ? "Item" : "Rubrique", en ? "Value" : "Valeur"), List.of(
                List.of(en ? "Nature of the action" : "Nature de l'action",
                        en ? "Training action (article L6313-1 of the Labour Code)"
                                : "Action de formation (article L6313-1 du code du travail)"),
                List.of(en ? "Planned duration" : "Durée prévue", hours(f.course().durationHours(), en)),
                List.of(en ? "Hours actually attended" : "Durée réellement suivie", hours(f.hours(), en))));
        d.paragraph(en ? "Issued to serve for all useful purposes, on " + date(LocalDate.now(), en) + "."
                : "Fait pour servir et valoir ce que de droit, le " + date(LocalDate.now(), en) + ".");
        return d.build();
    }

    /** The end-of-training attestation, for its learner or the team. */
    public Doc attestation(OrgAccess caller, UUID enrolmentId, Locale locale) {
        Facts f = facts(caller, enrolmentId);
        boolean en = "en".equals(locale.getLanguage());
        Doc.Builder d = new Doc.Builder(en ? "End-of-training attestation" : "Attestation de fin de formation",
                f.organisation(), en ? "en" : "fr");
        d.paragraph((en ? "Learner: " : "Stagiaire : ") + f.learner());
        d.paragraph((en ? "Training: " : "Formation : ") + f.course().title() + " (" + f.course().code() + ")");
        d.paragraph((en ? "From " : "Du ") + date(f.from(), en) + (en ? " to " : " au ") + date(f.to(), en) + ", "
                + hours(f.hours(), en) + (en ? " attended" : " suivies") + ".");
        d.heading(1, en ? "Objectives" : "Objectifs");
        d.paragraph(f.course().objectives());
        d.heading(1, en ? "Nature of the action" : "Nature de l'action");
        d.paragraph(en ? "Training action (article L6313-1 of the Labour Code)"
                : "Action de formation (article L6313-1 du code du travail)");
        d.heading(1, en ? "Assessment of the objectives" : "Évaluation des acquis");
        List<String> result = new ArrayList<>();
        result.add(f.enrolment().assessment() == null ? (en ? "Not assessed" : "Non évalué") : switch (f.enrolment().assessment()) {
            case REACHED -> en ? "Objectives reached" : "Objectifs atteints";
            case PARTIALLY_REACHED -> en ? "Objectives partially reached" : "Objectifs partiellement atteints";
            case NOT_REACHED -> en ? "Objectives not reached" : "Objectifs non atteints";
        });
        if (f.enrolment().assessmentComment() != null) {
            result.add(f.enrolment().assessmentComment());
        }
        if (f.course().assessmentMethods() != null) {
            result.add((en ? "Assessment methods: " : "Modalités d'évaluation : ") + f.course().assessmentMethods());
        }
        d.bullets(result);
        return d.build();
    }

    private Facts facts(OrgAccess caller, UUID enrolmentId) {
        UUID orgId = caller.orgId();
        EnrolmentView e = enrolments.get(orgId, enrolmentId);
        policy.actForLearner(caller, e, enrolments.teaches(caller, e));
        long minutes = attendance.attendedMinutes(orgId, enrolmentId);
        SessionView s = sessions.get(orgId, e.sessionId());
        OrganisationView organisation = organisations.get(orgId);
        ZoneId zone = organisation.zone();
        Attended attended = Attended.of(minutes, s.startsAt(), s.endsAt(), e.createdAt(), zone, LocalDate.now(zone));
        return new Facts(organisation.name(), people.get(orgId, e.learnerId()).name(),
                courses.get(orgId, s.courseId()), attended.from(), attended.to(), attended.hours(), e);
    }

    private static String hours(BigDecimal h, boolean en) {
        String n = h.stripTrailingZeros().toPlainString();
        return (en ? n : n.replace('.', ',')) + (en ? " hours" : " heures");
    }

    private static String date(LocalDate day, boolean en) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", en ? Locale.ENGLISH : Locale.FRENCH));
    }
}
