package org.passerelle.mission.sesame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.mission.MissionPolicy;
import org.passerelle.mission.committee.CommitteeMemberView;
import org.passerelle.mission.committee.CommitteeService;

/**
 * The yearly Sésame self-evaluation: each committee member rates the mission 1–4 on the five criteria, and
 * may change its answers until the campaign closes; results are computed in SQL per criterion. Methods taking
 * the caller's {@link OrgAccess} ask {@link MissionPolicy}: each sitting member answers for itself and reads
 * back only its own answers; the results reach the committee once the campaign is closed.
 */
@ApplicationScoped
public class SesameService {

    @ApplicationScoped
    static class Campaigns implements TenantRepository<Campaign> {
    }

    @ApplicationScoped
    static class Answers implements TenantRepository<Answer> {
    }

    private final Campaigns campaigns;
    private final Answers answers;
    private final EntityManager em;
    private final CommitteeService committee;
    private final MissionPolicy policy;

    SesameService(Campaigns campaigns, Answers answers, EntityManager em, CommitteeService committee,
            MissionPolicy policy) {
        this.campaigns = campaigns;
        this.answers = answers;
        this.em = em;
        this.committee = committee;
        this.policy = policy;
    }

    /** The grid: five criteria, four levels each, in French as published. */
    public List<CriterionDescription> criteria(OrgAccess caller) {
        policy.read(caller);
        return CriterionDescription.grid();
    }

    @Transactional
    public CampaignView open(OrgAccess caller, int year) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        if (campaigns.count("orgId = ?1 and year = ?2", orgId, year) > 0) {
            throw new ConflictException("mission.sesame.exists", year);
        }
        Campaign c = new Campaign();
        c.orgId = orgId;
        c.year = year;
        campaigns.persistAndFlush(c);
        return view(c);
    }

    public CampaignView campaign(OrgAccess caller, int year) {
        policy.read(caller);
        return view(load(caller.orgId(), year));
    }

    public List<CampaignView> campaigns(OrgAccess caller) {
        policy.read(caller);
        return campaigns.list("orgId = ?1 order by year desc", caller.orgId()).stream().map(this::view).toList();
    }

    @Transactional
    public CampaignView close(OrgAccess caller, int year, long expectedVersion) {
        policy.manage(caller);
        Campaign c = load(caller.orgId(), year);
        StaleVersionException.check(expectedVersion, c.version);
        if (c.closedAt != null) {
            throw new ConflictException("mission.sesame.closed", year);
        }
        c.closedAt = Instants.now();
        campaigns.flush();
        return view(c);
    }

    /** The caller's own answers, as the committee member it sits as today. */
    public List<AnswerView> myAnswers(OrgAccess caller, int year) {
        UUID memberId = seat(caller);
        return answersOf(load(caller.orgId(), year), memberId);
    }

    /**
     * Sets the caller's own answers for the given criteria (others are kept), as the committee member it sits as
     * today; refused once the campaign closed.
     */
    @Transactional
    public List<AnswerView> answer(OrgAccess caller, int year, List<@Valid AnswerData> given) {
        UUID memberId = seat(caller);
        UUID orgId = caller.orgId();
        Campaign c = load(orgId, year);
        // Lock the campaign row: a close and an answer never cross.
        em.lock(c, LockModeType.PESSIMISTIC_READ);
        em.refresh(c);
        if (c.closedAt != null) {
            throw new ConflictException("mission.sesame.closed", year);
        }
        if (given.stream().map(AnswerData::criterion).distinct().count() != given.size()) {
            throw new RuleViolationException("criterion", "mission.sesame.criterion-twice");
        }
        for (AnswerData d : given) {
            Answer a = answers.find("campaignId = ?1 and memberId = ?2 and criterion = ?3", c.id, memberId,
                    d.criterion()).firstResultOptional().orElseGet(() -> {
                        Answer n = new Answer();
                        n.orgId = orgId;
                        n.campaignId = c.id;
                        n.memberId = memberId;
                        n.criterion = d.criterion();
                        return n;
                    });
            a.score = d.score();
            a.comment = d.comment() == null || d.comment().isBlank() ? null : d.comment().strip();
            answers.persist(a);
        }
        answers.flush();
        return answersOf(c, memberId);
    }

    /** The results, for whom may see them at this point of the campaign. */
    public List<CriterionResult> results(OrgAccess caller, int year) {
        policy.read(caller);
        Campaign c = load(caller.orgId(), year);
        policy.readSesameResults(caller, year, c.closedAt != null);
        return results(caller.orgId(), year);
    }

    /** Per criterion, in the grid's order: average, respondents, distribution of levels, comments. */
    public List<CriterionResult> results(UUID orgId, int year) {
        Campaign c = load(orgId, year);
        Map<Criterion, long[]> counts = new EnumMap<>(Criterion.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT criterion, score, count(*) FROM mission_sesame_answers
                WHERE org_id = :org AND campaign_id = :campaign GROUP BY criterion, score""")
                .setParameter("org", orgId).setParameter("campaign", c.id).getResultList();
        for (Object[] r : rows) {
            counts.computeIfAbsent(Criterion.valueOf((String) r[0]), k -> new long[4])[((Number) r[1]).intValue() - 1] =
                    ((Number) r[2]).longValue();
        }
        Map<Criterion, List<String>> comments = new EnumMap<>(Criterion.class);
        answers.list("campaignId = ?1 and comment is not null order by createdAt", c.id)
                .forEach(a -> comments.computeIfAbsent(a.criterion, k -> new ArrayList<>()).add(a.comment));
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion k : Criterion.values()) {
            long[] n = counts.getOrDefault(k, new long[4]);
            results.add(new CriterionResult(k, k.fr, k.levelsFr, Levels.average(n), Levels.respondents(n),
                    List.of(n[0], n[1], n[2], n[3]), comments.getOrDefault(k, List.of())));
        }
        return results;
    }

    public boolean exists(UUID orgId, int year) {
        return campaigns.count("orgId = ?1 and year = ?2", orgId, year) > 0;
    }

    /** Whether the year's campaign exists and is closed. */
    public boolean closed(UUID orgId, int year) {
        return campaigns.count("orgId = ?1 and year = ?2 and closedAt is not null", orgId, year) > 0;
    }

    /** The caller's seat today, if the policy lets it answer: each member answers for itself only. */
    private UUID seat(OrgAccess caller) {
        return policy.answerSesame(caller, committee.seatOf(caller.orgId(), caller.personId(),
                LocalDate.now(caller.zone())).map(CommitteeMemberView::id));
    }

    private List<AnswerView> answersOf(Campaign c, UUID memberId) {
        return answers.list("campaignId = ?1 and memberId = ?2", c.id, memberId).stream().map(Answer::view)
                .sorted(java.util.Comparator.comparing(AnswerView::criterion)).toList();
    }

    private CampaignView view(Campaign c) {
        long respondents = (Long) em.createQuery(
                "select count(distinct a.memberId) from Answer a where a.campaignId = :c").setParameter("c", c.id)
                .getSingleResult();
        return new CampaignView(c.id, c.year, c.closedAt != null, c.closedAt, respondents, c.version);
    }

    private Campaign load(UUID orgId, int year) {
        return campaigns.find("orgId = ?1 and year = ?2", orgId, year).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("Sésame campaign", String.valueOf(year)));
    }
}
