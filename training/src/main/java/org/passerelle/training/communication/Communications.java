package org.passerelle.training.communication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.PdfRenderer;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.mail.MailOutbox;
import org.passerelle.core.mail.MailOutbox.Attachment;
import org.passerelle.core.mail.MailOutbox.Delivery;
import org.passerelle.core.mail.MailOutbox.Extras;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PeopleDirectory.Contact;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.training.TrainingEventTypes;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.certificate.CertificateService;
import org.passerelle.training.convocation.ConvocationService;
import org.passerelle.training.enrolment.EnrolmentCompleted;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentStatus;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;

/**
 * Sends an enrolment's communications through the mail outbox, each once: the send log row is inserted first, and
 * its key (enrolment, kind) lets only one transaction queue the e-mail, whichever instance runs it.
 */
@ApplicationScoped
public class Communications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final EntityManager em;
    private final MailOutbox outbox;
    private final CommunicationLinks links;
    private final CommunicationConfig config;
    private final EnrolmentService enrolments;
    private final SessionService sessions;
    private final CertificateService certificates;
    private final ConvocationService convocations;
    private final PeopleDirectory people;
    private final OrganisationService organisations;
    private final WebhookPublisher webhooks;
    private final TrainingPolicy policy;

    Communications(EntityManager em, MailOutbox outbox, CommunicationLinks links, CommunicationConfig config,
            EnrolmentService enrolments, SessionService sessions, CertificateService certificates,
            ConvocationService convocations, PeopleDirectory people, OrganisationService organisations,
            WebhookPublisher webhooks, TrainingPolicy policy) {
        this.convocations = convocations;
        this.em = em;
        this.outbox = outbox;
        this.links = links;
        this.config = config;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.certificates = certificates;
        this.people = people;
        this.organisations = organisations;
        this.webhooks = webhooks;
        this.policy = policy;
    }

    /** The send log of an enrolment: staff and its learner (a trainer of the session: 403). */
    public List<CommunicationView> log(OrgAccess caller, UUID enrolmentId) {
        EnrolmentView e = enrolments.get(caller.orgId(), enrolmentId);
        policy.readCommunications(caller, e, enrolments.teaches(caller, e));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind, recipient, mail_id, created_at"
                + " from training_communications where org_id = ?1 and enrolment_id = ?2 order by created_at, kind")
                .setParameter(1, caller.orgId()).setParameter(2, enrolmentId).getResultList();
        Map<UUID, Delivery> deliveries = outbox.deliveries(caller.orgId(),
                rows.stream().map(r -> (UUID) r[3]).toList());
        return rows.stream().map(r -> view((UUID) r[0], enrolmentId, CommunicationKind.valueOf((String) r[1]),
                (String) r[2], SqlValues.instant(r[4]), deliveries.get((UUID) r[3]))).toList();
    }

    /** The certificate goes out in the transaction that completes the enrolment. */
    void completed(@Observes EnrolmentCompleted event) {
        send(event.orgId(), event.enrolment().id(), CommunicationKind.CERTIFICATE);
    }

    /**
     * Queues the communication unless it was already: the insert waits for a concurrent one of the same key and
     * then does nothing.
     *
     * @return the send log line, empty when it had already been sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CommunicationView> send(UUID orgId, UUID enrolmentId, CommunicationKind kind) {
        EnrolmentView e = enrolments.get(orgId, enrolmentId);
        Contact learner = people.contacts(orgId, List.of(e.learnerId())).get(e.learnerId());
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into training_communications (id, org_id, enrolment_id, kind,"
                + " recipient, created_at) values (?1, ?2, ?3, ?4, ?5, now())"
                + " on conflict (enrolment_id, kind) do nothing").setParameter(1, id).setParameter(2, orgId)
                .setParameter(3, enrolmentId).setParameter(4, kind.name()).setParameter(5, learner.email())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        UUID queued = mail(orgId, e, learner, kind);
        em.createNativeQuery("update training_communications set mail_id = ?2 where id = ?1").setParameter(1, id)
                .setParameter(2, queued).executeUpdate();
        CommunicationView view = view(id, enrolmentId, kind, learner.email(), Instants.now(), null);
        switch (kind) {
            case CONVOCATION -> webhooks.publish(orgId, TrainingEventTypes.CONVOCATION_SENT, view);
            case HOT_SURVEY, COLD_SURVEY -> webhooks.publish(orgId, TrainingEventTypes.SURVEY_INVITATION_SENT, view);
            default -> {
            }
        }
        return Optional.of(view);
    }

    private UUID mail(UUID orgId, EnrolmentView e, Contact learner, CommunicationKind kind) {
        SessionView s = sessions.get(orgId, e.sessionId());
        OrganisationView org = organisations.get(orgId);
        Map<String, Object> data = data(s, org, learner);
        Map<String, String> headers = new HashMap<>();
        List<Attachment> attachments = new ArrayList<>();
        switch (kind) {
            case CONVOCATION -> {
                if (e.status() == EnrolmentStatus.SELECTED && s.startsAt() != null) {
                    data.put("confirmLink", config.link() + links.create(orgId, e.id(), LinkPurpose.CONFIRM, s.startsAt()));
                }
                attachments.add(new Attachment("session.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        sessions.icalendar(orgId, s.id()).getBytes(StandardCharsets.UTF_8)));
                attachments.add(new Attachment("convocation.pdf", "application/pdf",
                        convocations.pdf(orgId, e.id(), Locale.FRENCH)));
            }
            case HOT_SURVEY, COLD_SURVEY -> {
                Instant expires = Instants.now().plus(Duration.ofDays(config.surveyLinkDays()));
                LinkPurpose survey = kind == CommunicationKind.HOT_SURVEY ? LinkPurpose.HOT_SURVEY : LinkPurpose.COLD_SURVEY;
                data.put("surveyLink", config.link() + links.create(orgId, e.id(), survey, expires));
                String optOut = links.create(orgId, e.id(), LinkPurpose.OPT_OUT, Instants.now().plus(Duration.ofDays(365)));
                data.put("optOutLink", config.link() + optOut);
                // RFC 2369 and RFC 8058: the mail client's own "unsubscribe" posts the refusal in one click.
                headers.put("List-Unsubscribe", "<" + config.apiUrl() + "/api/v1/public/training/links/" + optOut + "/opt-out>");
                headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            case CERTIFICATE -> certificate(orgId, e).ifPresent(attachments::add);
            default -> {
            }
        }
        return outbox.enqueue(orgId, learner.email(), kind.template(), null, data, null,
                new Extras(headers, attachments));
    }

    /** The certificat de réalisation as a PDF, when attendance supports it (else the e-mail points to the space). */
    private Optional<Attachment> certificate(UUID orgId, EnrolmentView e) {
        try {
            byte[] pdf = PdfRenderer.render(certificates.realisation(orgId, e.id(), Locale.FRENCH));
            return Optional.of(new Attachment("certificat-de-realisation.pdf", "application/pdf", pdf));
        } catch (ConflictException noAttendance) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> data(SessionView s, OrganisationView org, Contact learner) {
        ZoneId zone = org.zone();
        Map<String, Object> data = new HashMap<>();
        data.put("learner", learner.name() == null ? "" : learner.name());
        data.put("organisation", org.name());
        data.put("course", s.courseTitle());
        data.put("code", s.courseCode());
        data.put("place", s.place() != null ? s.place() : s.virtualRoomUrl() != null ? s.virtualRoomUrl() : "");
        data.put("starts", s.startsAt() == null ? "" : WHEN.format(s.startsAt().atZone(zone)));
        data.put("slots", s.slots().stream().map(sl -> "- " + WHEN.format(sl.startsAt().atZone(zone)) + "–"
                + HOUR.format(sl.endsAt().atZone(zone))).collect(Collectors.joining("\n")));
        data.put("confirmLink", "");
        return data;
    }

    private static CommunicationView view(UUID id, UUID enrolmentId, CommunicationKind kind, String recipient,
            Instant queuedAt, Delivery delivery) {
        DeliveryState state = delivery == null || "PENDING".equals(delivery.status()) ? DeliveryState.QUEUED
                : "SENT".equals(delivery.status()) ? DeliveryState.SENT : DeliveryState.FAILED;
        return new CommunicationView(id, enrolmentId, kind, recipient, state, queuedAt,
                delivery == null ? null : delivery.sentAt(), delivery == null ? null : delivery.lastError());
    }
}
