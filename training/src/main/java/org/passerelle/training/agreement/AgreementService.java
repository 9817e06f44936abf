package org.passerelle.training.agreement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.Doc;
import org.passerelle.core.document.PdfRenderer;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.training.TrainingEventTypes;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.CourseView;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Training agreements: the convention de formation simplifiée between the organisation and a member structure
 * for the structure's agents seated in a session, and its acceptance by the structure's contact. Each acceptance
 * keeps the exact PDF accepted, its SHA-256, who accepted it, when and from where: the audit trail staff read.
 */
@ApplicationScoped
public class AgreementService {

    @ApplicationScoped
    static class AcceptanceRepository implements PanacheRepositoryBase<AgreementAcceptance, UUID> {
    }

    /** The PDF a contact accepted, byte for byte, and the name it is served under. */
    public record AcceptedPdf(byte[] bytes, String fileName) {
    }

    private final AcceptanceRepository acceptances;
    private final EnrolmentService enrolments;
    private final SessionService sessions;
    private final CourseService courses;
    private final MemberService members;
    private final PeopleDirectory people;
    private final OrganisationService organisations;
    private final WebhookPublisher webhooks;
    private final EntityManager em;
    private final TrainingPolicy policy;

    AgreementService(AcceptanceRepository acceptances, EnrolmentService enrolments, SessionService sessions,
            CourseService courses, MemberService members, PeopleDirectory people, OrganisationService organisations,
            WebhookPublisher webhooks, EntityManager em, TrainingPolicy policy) {
        this.acceptances = acceptances;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.courses = courses;
        this.members = members;
        this.people = people;
        this.organisations = organisations;
        this.webhooks = webhooks;
        this.em = em;
        this.policy = policy;
    }

    /** The agreement's facts and current version, and whether that version is accepted. */
    public AgreementView view(OrgAccess caller, UUID memberId, UUID sessionId) {
        policy.readEmployer(caller, memberId);
        Agreement a = agreement(caller.orgId(), memberId, sessionId);
        String version = a.version();
        return a.view(version, isAccepted(caller.orgId(), memberId, sessionId, version));
    }

    /** The agreement as it stands, to read before accepting it. */
    public Doc document(OrgAccess caller, UUID memberId, UUID sessionId, Locale locale) {
        policy.readEmployer(caller, memberId);
        Agreement a = agreement(caller.orgId(), memberId, sessionId);
        return a.document(a.version(), locale);
    }

    /**
     * The structure's contact accepts the version it read: the PDF of that version is generated once, kept with
     * its SHA-256 and the trail. A version already accepted, or one that is no longer current, is 409.
     */
    @Transactional
    public AcceptanceView accept(OrgAccess caller, UUID memberId, UUID sessionId, @Valid AcceptanceData data,
            String ipAddress, String userAgent, Locale locale) {
        UUID orgId = caller.orgId();
        policy.acceptAgreement(caller, memberId);
        // Locks the session row until commit: two acceptances of one agreement are serialised.
        sessions.lock(orgId, sessionId);
        Agreement a = agreement(orgId, memberId, sessionId);
        String version = a.version();
        if (!version.equals(data.version())) {
            throw new ConflictException("training.agreement.changed", data.version(), version);
        }
        if (isAccepted(orgId, memberId, sessionId, version)) {
            throw new ConflictException("training.agreement.already-accepted", version);
        }
        AgreementAcceptance acceptance = new AgreementAcceptance();
        acceptance.orgId = orgId;
        acceptance.memberId = memberId;
        acceptance.sessionId = sessionId;
        acceptance.agreementVersion = version;
        acceptance.acceptedBy = caller.personId();
        acceptance.acceptedByName = people.get(orgId, caller.personId()).name();
        acceptance.acceptedAt = Instants.now();
        acceptance.ipAddress = ipAddress;
        acceptance.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 500));
        acceptance.lang = locale.getLanguage().equals("en") ? "en" : "fr";
        acceptance.pdf = PdfRenderer.render(a.document(version, Locale.forLanguageTag(acceptance.lang)));
        acceptance.pdfSha256 = sha256(acceptance.pdf);
        acceptances.persistAndFlush(acceptance);
        AcceptanceView view = acceptance.view();
        webhooks.publish(orgId, TrainingEventTypes.AGREEMENT_ACCEPTED, view);
        return view;
    }

    /** The audit trail of an agreement, oldest first: staff and the structure's contact. */
    public List<AcceptanceView> acceptances(OrgAccess caller, UUID memberId, UUID sessionId) {
        policy.readEmployer(caller, memberId);
        requireExists(caller.orgId(), memberId, sessionId);
        return acceptances.list("orgId = ?1 and memberId = ?2 and sessionId = ?3 order by acceptedAt, id",
                caller.orgId(), memberId, sessionId).stream().map(AgreementAcceptance::view).toList();
    }

    /** The PDF accepted, as the contact accepted it. */
    public AcceptedPdf acceptedPdf(OrgAccess caller, UUID memberId, UUID sessionId, UUID acceptanceId) {
        policy.readEmployer(caller, memberId);
        AgreementAcceptance a = acceptances.find("orgId = ?1 and memberId = ?2 and sessionId = ?3 and id = ?4",
                caller.orgId(), memberId, sessionId, acceptanceId).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("acceptance", acceptanceId));
        String name = "en".equals(a.lang) ? "training-agreement-" : "convention-de-formation-";
        return new AcceptedPdf(a.pdf, name + a.agreementVersion + ".pdf");
    }

    private boolean isAccepted(UUID orgId, UUID memberId, UUID sessionId, String version) {
        return acceptances.count("orgId = ?1 and memberId = ?2 and sessionId = ?3 and agreementVersion = ?4", orgId,
                memberId, sessionId, version) > 0;
    }

    private void requireExists(UUID orgId, UUID memberId, UUID sessionId) {
        if (!members.exists(orgId, memberId)) {
            throw new NotFoundException("member", memberId);
        }
        sessions.get(orgId, sessionId);
    }

    /**
     * The facts: the structure's agents seated in the session (none: no agreement, 404), their prices and
     * funding, the VAT terms.
     */
    private Agreement agreement(UUID orgId, UUID memberId, UUID sessionId) {
        requireExists(orgId, memberId, sessionId);
        SessionView session = sessions.get(orgId, sessionId);
        List<EnrolmentView> seated = enrolments.ofSession(orgId, sessionId).stream()
                .filter(e -> memberId.equals(e.memberId()) && e.status().holdsSeat()).toList();
        if (seated.isEmpty()) {
            throw new NotFoundException("agreement", sessionId);
        }
        CourseView course = courses.get(orgId, session.courseId());
        BigDecimal coursePrice = course.priceEur() == null ? BigDecimal.ZERO : course.priceEur();
        BigDecimal price = seated.stream().map(e -> e.priceEur() != null ? e.priceEur() : coursePrice)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        Map<UUID, PeopleDirectory.Contact> names = people.contacts(orgId, seated.stream()
                .map(EnrolmentView::learnerId).toList());
        List<String> trainees = seated.stream().map(e -> names.get(e.learnerId())).filter(Objects::nonNull)
                .map(PeopleDirectory.Contact::name).filter(Objects::nonNull).sorted(Comparator.naturalOrder()).toList();
        OrganisationView organisation = organisations.get(orgId);
        return new Agreement(organisation.name(), organisation.siren(), memberId,
                members.names(orgId, List.of(memberId)).get(memberId), course, session, organisation.zone(), trainees,
                price, vatRate(orgId), seated.stream().map(EnrolmentView::fundingSource).distinct().sorted().toList());
    }

    /** The organisation's VAT rate on training, or null when exempt (the default: article 261-4-4° a CGI). */
    private BigDecimal vatRate(UUID orgId) {
        List<?> rate = em.createNativeQuery("SELECT vat_rate FROM training_terms WHERE org_id = ?1 AND vat_rate IS NOT NULL")
                .setParameter(1, orgId).getResultList();
        return rate.isEmpty() ? null : new BigDecimal(rate.get(0).toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
