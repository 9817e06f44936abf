package org.passerelle.inclusion.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.training.Catalogue;
import org.passerelle.core.training.Catalogue.CourseRef;
import org.passerelle.core.training.Catalogue.OpenSession;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.inclusion.InclusionPolicy;

/**
 * The after-diagnostic: which catalogue courses develop which competences, the courses proposed to each
 * participant for its weakest competences, and the enrolment a proposal turns into. Courses, sessions and
 * enrolments are training's, reached through the core {@link Catalogue} contract only.
 */
@ApplicationScoped
public class ProposalService {

    /** Competences below this level (Pix's "independent" threshold) are weak: up to {@link #WEAKEST} get courses. */
    static final int WEAK_BELOW = 3;
    static final int WEAKEST = 3;

    /**
     * Each participant's weakest competences (lowest levels first, then by code), joined to the courses mapped to
     * them; accepted proposals are kept, those not accepted are computed anew from the current results.
     */
    private static final String PROPOSE = """
            WITH ranked AS (
                SELECT r.participant_id, r.competence, r.level,
                       row_number() OVER (PARTITION BY r.participant_id ORDER BY r.level, r.competence) AS n
                FROM inclusion_diagnostic_results r
                JOIN inclusion_diagnostic_participants p ON p.id = r.participant_id
                WHERE p.org_id = :org AND p.campaign_id = :campaign AND r.level < :weakBelow)
            INSERT INTO inclusion_diagnostic_proposals (id, org_id, campaign_id, participant_id, competence, course_id,
                                                        version, created_at, updated_at)
            SELECT gen_random_uuid(), :org, :campaign, w.participant_id, w.competence, m.course_id, 0, now(), now()
            FROM ranked w JOIN inclusion_course_competences m ON m.org_id = :org AND m.competence = w.competence
            WHERE w.n <= :weakest
            ON CONFLICT (participant_id, competence, course_id) DO NOTHING""";

    @ApplicationScoped
    static class Proposals implements TenantRepository<Proposal> {
    }

    private final Proposals proposals;
    private final DiagnosticService diagnostics;
    private final Catalogue catalogue;
    private final PeopleDirectory people;
    private final WebhookPublisher webhooks;
    private final EntityManager em;
    private final InclusionPolicy policy;

    ProposalService(Proposals proposals, DiagnosticService diagnostics, Catalogue catalogue, PeopleDirectory people,
            WebhookPublisher webhooks, EntityManager em, InclusionPolicy policy) {
        this.proposals = proposals;
        this.diagnostics = diagnostics;
        this.catalogue = catalogue;
        this.people = people;
        this.webhooks = webhooks;
        this.em = em;
        this.policy = policy;
    }

    /** The mapped courses with their competences, by course code. */
    public List<CourseCompetences> mapping(OrgAccess caller) {
        policy.readDiagnostics(caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT course_id, competence FROM inclusion_course_competences WHERE org_id = ?1
                ORDER BY course_id, competence""").setParameter(1, caller.orgId()).getResultList();
        Map<UUID, List<String>> byCourse = new LinkedHashMap<>();
        rows.forEach(r -> byCourse.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return catalogue.courses(caller.orgId(), byCourse.keySet()).stream()
                .map(c -> new CourseCompetences(c.id(), byCourse.get(c.id()))).toList();
    }

    /** Sets the competences a course of the catalogue develops (an empty list unmaps it). */
    @Transactional
    public CourseCompetences map(OrgAccess caller, @Valid CourseCompetences data) {
        policy.mapCourses(caller);
        if (catalogue.courses(caller.orgId(), List.of(data.courseId())).isEmpty()) {
            throw new RuleViolationException("courseId", "inclusion.diagnostic.unknown-course", data.courseId());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : data.competences()) {
            codes.add(Competence.of(code).orElseThrow(() -> new RuleViolationException("competences",
                    "inclusion.diagnostic.unknown-competence", code)).code);
        }
        em.createNativeQuery("DELETE FROM inclusion_course_competences WHERE org_id = ?1 AND course_id = ?2")
                .setParameter(1, caller.orgId()).setParameter(2, data.courseId()).executeUpdate();
        for (String code : codes) {
            em.createNativeQuery("INSERT INTO inclusion_course_competences (org_id, course_id, competence) VALUES (?1, ?2, ?3)")
                    .setParameter(1, caller.orgId()).setParameter(2, data.courseId()).setParameter(3, code)
                    .executeUpdate();
        }
        return new CourseCompetences(data.courseId(), codes.stream().sorted().toList());
    }

    /** Computes the proposals anew from the campaign's results (accepted ones stay) and lists them. */
    @Transactional
    public List<CourseProposalView> propose(OrgAccess caller, UUID campaignId) {
        DiagnosticCampaign c = diagnostics.load(caller, campaignId);
        em.createNativeQuery("DELETE FROM inclusion_diagnostic_proposals WHERE org_id = ?1 AND campaign_id = ?2 AND enrolment_id IS NULL")
                .setParameter(1, c.orgId).setParameter(2, c.id).executeUpdate();
        em.createNativeQuery(PROPOSE).setParameter("org", c.orgId).setParameter("campaign", c.id)
                .setParameter("weakBelow", WEAK_BELOW).setParameter("weakest", WEAKEST).executeUpdate();
        return views(c);
    }

    public List<CourseProposalView> proposals(OrgAccess caller, UUID campaignId) {
        return views(diagnostics.load(caller, campaignId));
    }

    /**
     * Turns a proposal into an enrolment into one of its course's open sessions, through training's rules (which
     * may still refuse: a full selective session, a person without the learner role, one already enrolled).
     */
    @Transactional
    public CourseProposalView accept(OrgAccess caller, UUID campaignId, UUID proposalId, long expectedVersion,
            @Valid AcceptProposal data) {
        DiagnosticCampaign c = diagnostics.load(caller, campaignId);
        Proposal p = proposals.find("orgId = ?1 and campaignId = ?2 and id = ?3", c.orgId, c.id, proposalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new org.passerelle.core.error.NotFoundException("proposal", proposalId));
        StaleVersionException.check(expectedVersion, p.version);
        if (p.enrolmentId != null) {
            throw new ConflictException("inclusion.diagnostic.accepted", proposalId);
        }
        boolean ofCourse = catalogue.openSessions(c.orgId, List.of(p.courseId)).stream()
                .anyMatch(s -> s.sessionId().equals(data.sessionId()));
        if (!ofCourse) {
            throw new RuleViolationException("sessionId", "inclusion.diagnostic.session-not-open", data.sessionId());
        }
        UUID personId = em.find(Participant.class, p.participantId).personId;
        Competence competence = Competence.of(p.competence).orElseThrow();
        Catalogue.Enrolled enrolled = catalogue.enrol(caller, data.sessionId(), personId, c.memberId,
                "Diagnostic « " + c.title + " » : compétence " + competence.code + " " + competence.fr
                        + ", niveau " + level(p) + ".");
        p.enrolmentId = enrolled.enrolmentId();
        p.acceptedAt = Instants.now();
        proposals.flush();
        webhooks.publish(c.orgId, DiagnosticEventTypes.PROPOSAL_ACCEPTED, Map.of("campaignId", c.id, "proposalId",
                p.id, "personId", personId, "competence", p.competence, "courseId", p.courseId, "sessionId",
                data.sessionId(), "enrolmentId", enrolled.enrolmentId()));
        return views(c).stream().filter(v -> v.id().equals(p.id)).findFirst().orElseThrow();
    }

    private int level(Proposal p) {
        return ((Number) em.createNativeQuery("""
                SELECT level FROM inclusion_diagnostic_results WHERE participant_id = ?1 AND competence = ?2""")
                .setParameter(1, p.participantId).setParameter(2, p.competence).getSingleResult()).intValue();
    }

    private List<CourseProposalView> views(DiagnosticCampaign c) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT pr.id, pr.participant_id, pa.person_id, pr.competence, coalesce(r.level, 0), pr.course_id,
                       pr.enrolment_id, pr.accepted_at, pr.version
                FROM inclusion_diagnostic_proposals pr
                JOIN inclusion_diagnostic_participants pa ON pa.id = pr.participant_id
                LEFT JOIN inclusion_diagnostic_results r ON r.participant_id = pr.participant_id
                     AND r.competence = pr.competence
                WHERE pr.org_id = ?1 AND pr.campaign_id = ?2
                ORDER BY pa.created_at, pa.id, r.level, pr.competence, pr.course_id""")
                .setParameter(1, c.orgId).setParameter(2, c.id).getResultList();
        Set<UUID> courseIds = rows.stream().map(r -> (UUID) r[5]).collect(Collectors.toSet());
        Map<UUID, CourseRef> courses = catalogue.courses(c.orgId, courseIds).stream()
                .collect(Collectors.toMap(CourseRef::id, Function.identity()));
        Map<UUID, List<OpenSession>> sessions = new HashMap<>();
        catalogue.openSessions(c.orgId, courseIds)
                .forEach(s -> sessions.computeIfAbsent(s.courseId(), k -> new ArrayList<>()).add(s));
        Map<UUID, PeopleDirectory.Contact> names = people.contacts(c.orgId,
                rows.stream().map(r -> (UUID) r[2]).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            UUID courseId = (UUID) r[5];
            CourseRef course = courses.get(courseId);
            PeopleDirectory.Contact person = names.get((UUID) r[2]);
            return new CourseProposalView((UUID) r[0], (UUID) r[1], (UUID) r[2], person == null ? null : person.name(),
                    (String) r[3], ((Number) r[4]).intValue(), courseId, course == null ? null : course.code(),
                    course == null ? null : course.title(), sessions.getOrDefault(courseId, List.of()),
                    (UUID) r[6], r[7] == null ? null : org.passerelle.core.persistence.SqlValues.instant(r[7]),
                    ((Number) r[8]).longValue());
        }).toList();
    }
}
