package org.passerelle.mission.sesame;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;

/**
 * The yearly Sésame self-evaluation: each committee member rates the mission 1–4 on the five criteria, and
 * may change its answers until the campaign closes; results are computed in SQL per criterion.
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

    SesameService(Campaigns campaigns, Answers answers, EntityManager em) {
        this.campaigns = campaigns;
        this.answers = answers;
        this.em = em;
    }

    @Transactional
    public CampaignView open(UUID orgId, int year) {
        if (campaigns.count("orgId = ?1 and year = ?2", orgId, year) > 0) {
            throw new ConflictException("mission.sesame.exists", year);
        }
        Campaign c = new Campaign();
        c.orgId = orgId;
        c.year = year;
        campaigns.persistAndFlush(c);
        return view(c);
    }

    public CampaignView campaign(UUID orgId, int year) {
        return view(load(orgId, year));
    }

    public List<CampaignView> campaigns(UUID orgId) {
        return campaigns.list("orgId = ?1 order by year desc", orgId).stream().map(this::view).toList();
    }

    @Transactional
    public CampaignView close(UUID orgId, int year, long expectedVersion) {
        Campaign c = load(orgId, year);
        StaleVersionException.check(expectedVersion, c.version);
        if (c.closedAt != null) {
            throw new ConflictException("mission.sesame.closed", year);
        }
        c.closedAt = Instant.now();
        campaigns.flush();
        return view(c);
    }

    /** The answers of one committee member (its own, for the member itself). */
    public List<AnswerView> answersOf(UUID orgId, int year, UUID memberId) {
        Campaign c = load(orgId, year);
        return answers.list("campaignId = ?1 and memberId = ?2", c.id, memberId).stream().map(Answer::view)
                .sorted(java.util.Comparator.comparing(AnswerView::criterion)).toList();
    }

    /** Sets the member's answers for the given criteria (others are kept); refused once the campaign closed. */
    @Transactional
    public List<AnswerView> answer(UUID orgId, int year, UUID memberId, List<@Valid AnswerData> given) {
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
        return answersOf(orgId, year, memberId);
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
            long respondents = n[0] + n[1] + n[2] + n[3];
            long sum = n[0] + 2 * n[1] + 3 * n[2] + 4 * n[3];
            BigDecimal average = respondents == 0 ? null
                    : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(respondents), 2, RoundingMode.DOWN);
            results.add(new CriterionResult(k, k.fr, k.levelsFr, average, respondents,
                    List.of(n[0], n[1], n[2], n[3]), comments.getOrDefault(k, List.of())));
        }
        return results;
    }

    public boolean exists(UUID orgId, int year) {
        return campaigns.count("orgId = ?1 and year = ?2", orgId, year) > 0;
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
