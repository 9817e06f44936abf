package org.passerelle.training.convocation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.Doc;
import org.passerelle.core.document.PdfRenderer;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.i18n.Texts;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.CourseView;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;
import org.passerelle.training.session.SlotView;

/**
 * The convocation of an enrolment: who is expected, to which course and what for, each half-day with its times,
 * place or link and trainer, whom to ask for an adaptation (Qualiopi indicator 26) and what to bring. Only an
 * enrolment holding a seat is convened. French by default, English on request.
 */
@ApplicationScoped
public class ConvocationService {

    private final EnrolmentService enrolments;
    private final SessionService sessions;
    private final CourseService courses;
    private final PeopleDirectory people;
    private final OrganisationService organisations;
    private final TrainingPolicy policy;

    ConvocationService(EnrolmentService enrolments, SessionService sessions, CourseService courses,
            PeopleDirectory people, OrganisationService organisations, TrainingPolicy policy) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.courses = courses;
        this.people = people;
        this.organisations = organisations;
        this.policy = policy;
    }

    /** The convocation, for its learner, its employer and oversight. */
    public Doc convocation(OrgAccess caller, UUID enrolmentId, Locale locale) {
        EnrolmentView e = enrolments.get(caller.orgId(), enrolmentId);
        policy.readConvocation(caller, e, enrolments.teaches(caller, e));
        return document(caller.orgId(), e, locale);
    }

    /**
     * The convocation as a PDF, for the module's own senders (the convocation mail attaches it): no caller, the
     * organisation's enrolment is convened as is.
     */
    public byte[] pdf(UUID orgId, UUID enrolmentId, Locale locale) {
        return PdfRenderer.render(document(orgId, enrolments.get(orgId, enrolmentId), locale));
    }

    private Doc document(UUID orgId, EnrolmentView e, Locale locale) {
        if (!e.status().holdsSeat()) {
            throw new ConflictException("training.enrolment.not-seated", e.status());
        }
        SessionView s = sessions.get(orgId, e.sessionId());
        CourseView course = courses.get(orgId, s.courseId());
        OrganisationView organisation = organisations.get(orgId);
        ZoneId zone = organisation.zone();
        Map<UUID, PeopleDirectory.Contact> names = people.contacts(orgId, everyone(e, s));
        Texts t = new Texts(locale, "training.doc.convocation");

        Doc.Builder d = new Doc.Builder(t.get("title"), organisation.name(), t.language());
        d.paragraph(t.get("statement", name(names, e.learnerId()), course.title(), course.code(), organisation.name()));
        d.heading(1, t.get("objectives"));
        d.paragraph(course.objectives());
        if (course.prerequisites() != null) {
            d.paragraph(t.get("prerequisites", course.prerequisites()));
        }
        d.heading(1, t.get("schedule"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        String where = s.place() != null ? s.place() : s.virtualRoomUrl() != null ? t.get("remote") : t.get("place-tbc");
        List<List<String>> rows = new ArrayList<>();
        for (SlotView slot : s.slots()) {
            rows.add(List.of(day.format(slot.startsAt().atZone(zone)), t.get(slot.half().name()),
                    time.format(slot.startsAt().atZone(zone)) + "–" + time.format(slot.endsAt().atZone(zone)), where,
                    String.join(", ", slot.trainerIds().stream().map(p -> name(names, p)).toList())));
        }
        d.table(List.of(t.get("date"), t.get("half"), t.get("times"), t.get("place"), t.get("trainer")), rows);
        if (s.virtualRoomUrl() != null) {
            d.paragraph(t.get("link", s.virtualRoomUrl()));
        }
        d.heading(1, t.get("accessibility"));
        d.paragraph(course.disabilityAccess() != null ? course.disabilityAccess()
                : t.get("accessibility.default", organisation.name()));
        d.heading(1, t.get("bring"));
        d.paragraph(s.whatToBring() != null ? s.whatToBring()
                : t.get(s.virtualRoomUrl() != null && s.place() == null ? "bring.remote" : "bring.default"));
        d.paragraph(t.get("issued", LocalDate.now(zone).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))));
        return d.build();
    }

    /** The learner and every trainer of the session: their names are read in one query. */
    private static Collection<UUID> everyone(EnrolmentView e, SessionView s) {
        Set<UUID> ids = new HashSet<>(s.trainerIds());
        s.slots().forEach(slot -> ids.addAll(slot.trainerIds()));
        ids.add(e.learnerId());
        return ids;
    }

    /** A person's name, or an empty mark when it is no longer a member of the organisation. */
    private static String name(Map<UUID, PeopleDirectory.Contact> names, UUID person) {
        PeopleDirectory.Contact c = names.get(person);
        return c == null ? "—" : Objects.requireNonNullElse(c.name(), "—");
    }
}
