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
import org.passerelle.core.i18n.Texts;
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

    /** The certificat de réalisation, for its learner, its employer or the team. */
    public Doc realisation(OrgAccess caller, UUID enrolmentId, Locale locale) {
        allowed(caller, enrolmentId);
        return realisation(caller.orgId(), enrolmentId, locale);
    }

    /** The certificat de réalisation, for the module's services (the certificate e-mail attaches it). */
    public Doc realisation(UUID orgId, UUID enrolmentId, Locale locale) {
        Facts f = facts(orgId, enrolmentId);
        Texts t = new Texts(locale, "training.doc");
        Doc.Builder d = new Doc.Builder(t.get("realisation.title"), f.organisation(), t.language());
        d.paragraph(t.get("realisation.statement", f.organisation(), f.learner(), f.course().title(),
                date(f.from(), locale), date(f.to(), locale)));
        d.table(List.of(t.get("item"), t.get("value")), List.of(
                List.of(t.get("nature"), t.get("nature.value")),
                List.of(t.get("planned-duration"), hours(f.course().durationHours(), t)),
                List.of(t.get("attended-duration"), hours(f.hours(), t))));
        d.paragraph(t.get("issued", date(LocalDate.now(), locale)));
        return d.build();
    }

    /** The end-of-training attestation, for its learner, its employer or the team. */
    public Doc attestation(OrgAccess caller, UUID enrolmentId, Locale locale) {
        allowed(caller, enrolmentId);
        Facts f = facts(caller.orgId(), enrolmentId);
        Texts t = new Texts(locale, "training.doc");
        Doc.Builder d = new Doc.Builder(t.get("attestation.title"), f.organisation(), t.language());
        d.paragraph(t.get("attestation.learner", f.learner()));
        d.paragraph(t.get("attestation.course", f.course().title(), f.course().code()));
        d.paragraph(t.get("attestation.period", date(f.from(), locale), date(f.to(), locale), hours(f.hours(), t)));
        d.heading(1, t.get("objectives"));
        d.paragraph(f.course().objectives());
        d.heading(1, t.get("nature"));
        d.paragraph(t.get("nature.value"));
        d.heading(1, t.get("assessment"));
        List<String> result = new ArrayList<>();
        result.add(t.get(f.enrolment().assessment() == null ? "assessment.none"
                : "assessment." + f.enrolment().assessment().name()));
        if (f.enrolment().assessmentComment() != null) {
            result.add(f.enrolment().assessmentComment());
        }
        if (f.course().assessmentMethods() != null) {
            result.add(t.get("assessment.methods", f.course().assessmentMethods()));
        }
        d.bullets(result);
        return d.build();
    }

    private void allowed(OrgAccess caller, UUID enrolmentId) {
        EnrolmentView e = enrolments.get(caller.orgId(), enrolmentId);
        policy.readLearnerDocuments(caller, e, enrolments.teaches(caller, e));
    }

    private Facts facts(UUID orgId, UUID enrolmentId) {
        EnrolmentView e = enrolments.get(orgId, enrolmentId);
        long minutes = attendance.attendedMinutes(orgId, enrolmentId);
        SessionView s = sessions.get(orgId, e.sessionId());
        OrganisationView organisation = organisations.get(orgId);
        ZoneId zone = organisation.zone();
        Attended attended = Attended.of(minutes, s.startsAt(), s.endsAt(), e.createdAt(), zone, LocalDate.now(zone));
        return new Facts(organisation.name(), people.get(orgId, e.learnerId()).name(),
                courses.get(orgId, s.courseId()), attended.from(), attended.to(), attended.hours(), e);
    }

    /** Hours to the hundredth, with the language's decimal mark ("10,5 heures", "10.5 hours"). */
    private static String hours(BigDecimal h, Texts t) {
        String n = h.stripTrailingZeros().toPlainString();
        return t.get("hours", "fr".equals(t.language()) ? n.replace('.', ',') : n);
    }

    private static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
