package org.passerelle.training.certificate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.i18n.Texts;
import org.passerelle.core.document.Doc;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.attendance.AttendanceView;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;
import org.passerelle.training.session.SlotView;

/** The attendance sheet (feuille d'émargement) of a session: per half-day, each seated learner's line. */
@ApplicationScoped
public class AttendanceSheetService {

    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final PeopleDirectory people;
    private final OrganisationService organisations;
    private final TrainingPolicy policy;

    AttendanceSheetService(SessionService sessions, EnrolmentService enrolments, AttendanceService attendance,
            PeopleDirectory people, OrganisationService organisations, TrainingPolicy policy) {
        this.policy = policy;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.people = people;
        this.organisations = organisations;
    }

    /** The sheet, for those who may read the session's attendance (staff, auditor, its trainers). */
    public Doc sheet(OrgAccess caller, UUID sessionId, Locale locale) {
        UUID orgId = caller.orgId();
        SessionView s = sessions.get(orgId, sessionId);
        policy.readAttendance(caller, s);
        Texts t = new Texts(locale, "training.doc.sheet");
        OrganisationView organisation = organisations.get(orgId);
        ZoneId zone = organisation.zone();
        List<EnrolmentView> seated = enrolments.ofSession(orgId, sessionId).stream()
                .filter(e -> e.status().holdsSeat()).toList();
        // Learners, markers and counter-signers: each person's name is read once.
        Map<UUID, String> names = new HashMap<>();
        Function<UUID, String> name = person -> names.computeIfAbsent(person, p -> people.get(orgId, p).name());
        Map<String, AttendanceView> lines = attendance.sheet(orgId, sessionId).stream()
                .collect(Collectors.toMap(a -> a.slotId() + "/" + a.enrolmentId(), Function.identity()));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        Doc.Builder d = new Doc.Builder(t.get("title", s.courseTitle()),
                organisation.name() + " — " + s.courseCode()
                        + (s.place() != null ? " — " + s.place() : s.virtualRoomUrl() != null ? " — " + t.get("remote") : ""),
                t.language());
        for (SlotView slot : s.slots()) {
            // Each half-day names who taught it: its own trainer, else the session's.
            String trainers = String.join(", ", slot.trainerIds().stream().map(name).toList());
            d.heading(1, day.format(slot.startsAt().atZone(zone)) + ", " + time.format(slot.startsAt().atZone(zone))
                    + "–" + time.format(slot.endsAt().atZone(zone)) + (trainers.isEmpty() ? "" : " — " + trainers));
            List<List<String>> rows = new ArrayList<>();
            for (EnrolmentView e : seated) {
                AttendanceView a = lines.get(slot.id() + "/" + e.id());
                rows.add(List.of(name.apply(e.learnerId()), a == null ? "—" : status(a, t),
                        a == null ? "" : a.signedAt() != null
                                ? t.get("signed-at", time.format(a.signedAt().atZone(zone)))
                                : a.markedBy() != null ? t.get("marked-by", name.apply(a.markedBy())) : "",
                        a == null || a.countersignedBy() == null ? ""
                                : name.apply(a.countersignedBy()) + ", "
                                        + time.format(a.countersignedAt().atZone(zone))));
            }
            d.table(List.of(t.get("learner"), t.get("attendance"), t.get("signature"), t.get("countersignature")),
                    rows);
        }
        return d.build();
    }

    private static String status(AttendanceView a, Texts t) {
        String s = t.get(a.status().name());
        return a.minutesConnected() == null ? s : s + " (" + a.minutesConnected() + " min)";
    }
}
