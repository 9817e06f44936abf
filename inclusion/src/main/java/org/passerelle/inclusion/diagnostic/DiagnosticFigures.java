package org.passerelle.inclusion.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;

/** A campaign's figures, computed in SQL: participation, average level by area, proposals accepted. */
@ApplicationScoped
public class DiagnosticFigures {

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM inclusion_diagnostic_participants p
                    WHERE p.org_id = ?1 AND p.campaign_id = ?2),
                   (SELECT count(*) FROM inclusion_diagnostic_participants p
                    WHERE p.org_id = ?1 AND p.campaign_id = ?2
                      AND EXISTS (SELECT 1 FROM inclusion_diagnostic_results r WHERE r.participant_id = p.id)),
                   (SELECT count(*) FROM inclusion_diagnostic_proposals pr WHERE pr.org_id = ?1 AND pr.campaign_id = ?2),
                   (SELECT count(*) FROM inclusion_diagnostic_proposals pr
                    WHERE pr.org_id = ?1 AND pr.campaign_id = ?2 AND pr.enrolment_id IS NOT NULL)""";

    private static final String AREAS = """
            SELECT CAST(left(r.competence, 1) AS integer), round(avg(r.level), 2), count(*)
            FROM inclusion_diagnostic_results r JOIN inclusion_diagnostic_participants p ON p.id = r.participant_id
            WHERE p.org_id = ?1 AND p.campaign_id = ?2
            GROUP BY 1""";

    private final DiagnosticService diagnostics;
    private final EntityManager em;

    DiagnosticFigures(DiagnosticService diagnostics, EntityManager em) {
        this.diagnostics = diagnostics;
        this.em = em;
    }

    public CampaignFigures figures(OrgAccess caller, UUID campaignId) {
        DiagnosticCampaign c = diagnostics.load(caller, campaignId);
        Object[] n = (Object[]) em.createNativeQuery(COUNTS).setParameter(1, c.orgId).setParameter(2, c.id)
                .getSingleResult();
        long participants = ((Number) n[0]).longValue();
        long assessed = ((Number) n[1]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AREAS).setParameter(1, c.orgId).setParameter(2, c.id)
                .getResultList();
        Map<Integer, Object[]> byArea = new HashMap<>();
        rows.forEach(r -> byArea.put(((Number) r[0]).intValue(), r));
        List<CampaignFigures.AreaLevel> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            Object[] r = byArea.get(a.number);
            areas.add(new CampaignFigures.AreaLevel(a, a.fr, r == null ? null : (BigDecimal) r[1],
                    r == null ? 0 : ((Number) r[2]).longValue()));
        }
        return new CampaignFigures(participants, assessed, percent(assessed, participants), areas,
                ((Number) n[2]).longValue(), ((Number) n[3]).longValue());
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
