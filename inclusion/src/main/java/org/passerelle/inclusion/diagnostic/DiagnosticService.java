package org.passerelle.inclusion.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.passerelle.core.member.MemberService;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.inclusion.InclusionPolicy;

/**
 * Competence diagnostic campaigns: a member structure's agents take the Pix tests, their levels per competence
 * are entered or imported, and the campaign closes. Every method taking the caller's access asks
 * {@link InclusionPolicy}: staff run every campaign, a structure's contact its own structure's.
 */
@ApplicationScoped
public class DiagnosticService {

    @ApplicationScoped
    static class Campaigns implements TenantRepository<DiagnosticCampaign> {
    }

    @ApplicationScoped
    static class Participants implements TenantRepository<Participant> {
    }

    private final Campaigns campaigns;
    private final Participants participants;
    private final EntityManager em;
    private final MemberService members;
    private final PeopleDirectory people;
    private final WebhookPublisher webhooks;
    private final InclusionPolicy policy;

    DiagnosticService(Campaigns campaigns, Participants participants, EntityManager em, MemberService members,
            PeopleDirectory people, WebhookPublisher webhooks, InclusionPolicy policy) {
        this.campaigns = campaigns;
        this.participants = participants;
        this.em = em;
        this.members = members;
        this.people = people;
        this.webhooks = webhooks;
        this.policy = policy;
    }

    /** The reference framework, in Pix's order. */
    public List<CompetenceView> competences(OrgAccess caller) {
        policy.readDiagnostics(caller);
        return java.util.Arrays.stream(Competence.values()).map(Competence::view).toList();
    }

    @Transactional
    public DiagnosticCampaignView open(OrgAccess caller, @Valid DiagnosticCampaignData data) {
        UUID memberId = policy.campaignMember(caller, data.memberId());
        if (memberId == null || !members.exists(caller.orgId(), memberId)) {
            throw new RuleViolationException("memberId", "inclusion.diagnostic.unknown-member", data.memberId());
        }
        DiagnosticCampaign c = new DiagnosticCampaign();
        c.orgId = caller.orgId();
        c.memberId = memberId;
        c.title = data.title().strip();
        campaigns.persistAndFlush(c);
        return views(List.of(c)).get(0);
    }

    /** Every structure's campaigns for staff, its own structure's for a contact; the latest first. */
    public List<DiagnosticCampaignView> campaigns(OrgAccess caller) {
        UUID scope = policy.diagnosticsScope(caller);
        return views(scope == null
                ? campaigns.list("orgId = ?1 order by createdAt desc", caller.orgId())
                : campaigns.list("orgId = ?1 and memberId = ?2 order by createdAt desc", caller.orgId(), scope));
    }

    public DiagnosticCampaignView campaign(OrgAccess caller, UUID id) {
        return views(List.of(load(caller, id))).get(0);
    }

    @Transactional
    public DiagnosticCampaignView close(OrgAccess caller, UUID id, long expectedVersion) {
        DiagnosticCampaign c = load(caller, id);
        StaleVersionException.check(expectedVersion, c.version);
        if (c.closedAt != null) {
            throw new ConflictException("inclusion.diagnostic.closed", id);
        }
        c.closedAt = Instants.now();
        campaigns.flush();
        DiagnosticCampaignView view = views(List.of(c)).get(0);
        webhooks.publish(c.orgId, DiagnosticEventTypes.CAMPAIGN_CLOSED, Map.of("campaignId", c.id, "memberId",
                c.memberId, "title", c.title, "participants", view.participants(), "closedAt", c.closedAt));
        return view;
    }

    /** Adds an agent of the campaign's structure; refused once the campaign is closed. */
    @Transactional
    public ParticipantView addParticipant(OrgAccess caller, UUID campaignId, @Valid ParticipantData data) {
        DiagnosticCampaign c = lockOpen(caller, campaignId);
        boolean ofStructure = people.membershipIn(data.personId(), c.orgId)
                .filter(m -> c.memberId.equals(m.memberId())).isPresent();
        if (!ofStructure) {
            throw new RuleViolationException("personId", "inclusion.diagnostic.not-of-structure", data.personId());
        }
        if (participants.count("campaignId = ?1 and personId = ?2", c.id, data.personId()) > 0) {
            throw new ConflictException("inclusion.diagnostic.already-participant", data.personId());
        }
        Participant p = new Participant();
        p.orgId = c.orgId;
        p.campaignId = c.id;
        p.personId = data.personId();
        participants.persistAndFlush(p);
        return participantViews(c).stream().filter(v -> v.id().equals(p.id)).findFirst().orElseThrow();
    }

    public List<ParticipantView> participants(OrgAccess caller, UUID campaignId) {
        return participantViews(load(caller, campaignId));
    }

    /** Records levels given by participant id (a later level for the same competence replaces the earlier one). */
    @Transactional
    public List<ParticipantView> record(OrgAccess caller, UUID campaignId, @Valid ResultSheet sheet) {
        DiagnosticCampaign c = lockOpen(caller, campaignId);
        Map<UUID, UUID> byPerson = participantIds(c);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < sheet.results().size(); i++) {
            ResultSheet.Result r = sheet.results().get(i);
            UUID participant = byPerson.get(r.personId());
            if (participant == null) {
                throw new RuleViolationException("results[" + i + "].personId", "inclusion.diagnostic.not-participant",
                        r.personId());
            }
            rows.add(new Object[] { participant, r.competence(), r.level() });
        }
        store(c, rows);
        return participantViews(c);
    }

    /** Records levels from CSV lines naming participants by e-mail; one bad line refuses the whole file. */
    @Transactional
    public List<ParticipantView> importCsv(OrgAccess caller, UUID campaignId, String csv) {
        DiagnosticCampaign c = lockOpen(caller, campaignId);
        List<ResultsCsv.Line> lines = ResultsCsv.parse(csv);
        Map<UUID, UUID> byPerson = participantIds(c);
        Map<String, UUID> byEmail = new HashMap<>();
        people.contacts(c.orgId, byPerson.keySet()).forEach((person, contact) -> {
            if (contact.email() != null) {
                byEmail.put(contact.email().toLowerCase(java.util.Locale.ROOT), byPerson.get(person));
            }
        });
        List<Object[]> rows = new ArrayList<>();
        for (ResultsCsv.Line l : lines) {
            UUID participant = byEmail.get(l.email());
            if (participant == null) {
                throw ResultsCsv.cell(l.line(), "email", "inclusion.diagnostic.csv-not-participant");
            }
            rows.add(new Object[] { participant, l.competence().code, l.level() });
        }
        store(c, rows);
        return participantViews(c);
    }

    /** The campaign, as the caller may run it (404 otherwise). */
    DiagnosticCampaign load(OrgAccess caller, UUID id) {
        DiagnosticCampaign c = campaigns.getInOrg(caller.orgId(), id, "campaign");
        policy.runCampaign(caller, c.memberId, c.id);
        return c;
    }

    /** Locked against a concurrent close: results and participants only enter an open campaign. */
    private DiagnosticCampaign lockOpen(OrgAccess caller, UUID id) {
        DiagnosticCampaign c = load(caller, id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        if (c.closedAt != null) {
            throw new ConflictException("inclusion.diagnostic.closed", id);
        }
        return c;
    }

    private void store(DiagnosticCampaign c, List<Object[]> rows) {
        for (Object[] r : rows) {
            em.createNativeQuery("""
                    INSERT INTO inclusion_diagnostic_results (org_id, participant_id, competence, level)
                    VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (participant_id, competence) DO UPDATE SET level = excluded.level""")
                    .setParameter(1, c.orgId).setParameter(2, r[0]).setParameter(3, r[1]).setParameter(4, r[2])
                    .executeUpdate();
        }
    }

    private Map<UUID, UUID> participantIds(DiagnosticCampaign c) {
        return participants.list("campaignId", c.id).stream()
                .collect(Collectors.toMap(p -> p.personId, p -> p.id));
    }

    private List<ParticipantView> participantViews(DiagnosticCampaign c) {
        List<Participant> list = participants.list("campaignId = ?1 order by createdAt, id", c.id);
        Map<UUID, PeopleDirectory.Contact> contacts = people.contacts(c.orgId,
                list.stream().map(p -> p.personId).collect(Collectors.toSet()));
        Map<UUID, List<ParticipantView.Level>> levels = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.participant_id, r.competence, r.level FROM inclusion_diagnostic_results r
                JOIN inclusion_diagnostic_participants p ON p.id = r.participant_id
                WHERE p.org_id = ?1 AND p.campaign_id = ?2 ORDER BY r.competence""")
                .setParameter(1, c.orgId).setParameter(2, c.id).getResultList();
        for (Object[] r : rows) {
            levels.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new ParticipantView.Level((String) r[1], ((Number) r[2]).intValue()));
        }
        return list.stream().map(p -> {
            PeopleDirectory.Contact contact = contacts.get(p.personId);
            return new ParticipantView(p.id, p.personId, contact == null ? null : contact.name(),
                    contact == null ? null : contact.email(), levels.getOrDefault(p.id, List.of()));
        }).toList();
    }

    private List<DiagnosticCampaignView> views(List<DiagnosticCampaign> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        UUID orgId = list.get(0).orgId;
        Map<UUID, String> names = members.names(orgId, list.stream().map(c -> c.memberId).collect(Collectors.toSet()));
        Map<UUID, Long> counts = new HashMap<>();
        Set<UUID> ids = list.stream().map(c -> c.id).collect(Collectors.toSet());
        participants.<Participant>find("campaignId in ?1", ids).list()
                .forEach(p -> counts.merge(p.campaignId, 1L, Long::sum));
        return list.stream().map(c -> new DiagnosticCampaignView(c.id, c.memberId, names.get(c.memberId), c.title,
                c.closedAt != null, c.closedAt, counts.getOrDefault(c.id, 0L), c.createdAt, c.version)).toList();
    }
}
