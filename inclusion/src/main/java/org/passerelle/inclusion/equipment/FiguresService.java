package org.passerelle.inclusion.equipment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.replica.ReadDatabase;
import org.passerelle.inclusion.InclusionPolicy;

/**
 * The programme's figures over a period, in one grouped SQL pass: per commune of the beneficiaries, then summed.
 * Shared by the figures endpoint and the indicator sources; read through core's {@link ReadDatabase} (the streaming
 * replica when one is configured and current).
 */
@ApplicationScoped
public class FiguresService {

    private static final String BY_COMMUNE = """
            SELECT b.commune,
                   count(*) FILTER (WHERE l.lent_on BETWEEN ?2 AND ?3),
                   count(*) FILTER (WHERE l.status = 'TRANSFERRED' AND l.settled_on BETWEEN ?2 AND ?3),
                   count(*) FILTER (WHERE l.status IN ('COMPLETED', 'TRANSFERRED') AND l.path_ended_on BETWEEN ?2 AND ?3),
                   count(*) FILTER (WHERE l.status IN ('ABANDONED', 'RETURNED') AND l.path_ended_on BETWEEN ?2 AND ?3)
            FROM inclusion_loans l
            JOIN inclusion_beneficiaries b ON b.org_id = l.org_id AND b.id = l.beneficiary_id
            WHERE l.org_id = ?1 AND (cast(?4 AS text) IS NULL OR b.commune = ?4)
              AND (l.lent_on BETWEEN ?2 AND ?3 OR l.path_ended_on BETWEEN ?2 AND ?3 OR l.settled_on BETWEEN ?2 AND ?3)
            GROUP BY b.commune
            ORDER BY b.commune
            """;

    private final ReadDatabase reads;
    private final InclusionPolicy policy;

    FiguresService(ReadDatabase reads, InclusionPolicy policy) {
        this.reads = reads;
        this.policy = policy;
    }

    public EquipmentFigures year(OrgAccess caller, int year) {
        policy.readFigures(caller);
        List<EquipmentFigures.TerritoryCounts> territories = territories(caller.orgId(), Period.year(year), null);
        return new EquipmentFigures(year, sum(territories), territories);
    }

    /** The figures of the period, of one commune only when {@code commune} is given. */
    public EquipmentFigures.EquipmentCounts figures(UUID orgId, Period period, String commune) {
        return sum(territories(orgId, period, commune));
    }

    private List<EquipmentFigures.TerritoryCounts> territories(UUID orgId, Period period, String commune) {
        List<Object[]> rows = reads.query(q -> q.list(BY_COMMUNE, orgId, period.from(), period.to(), commune));
        List<EquipmentFigures.TerritoryCounts> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new EquipmentFigures.TerritoryCounts((String) r[0], figures(count(r[1]), count(r[2]), count(r[3]),
                    count(r[4]))));
        }
        return out;
    }

    private static EquipmentFigures.EquipmentCounts sum(List<EquipmentFigures.TerritoryCounts> territories) {
        long[] n = new long[4];
        for (EquipmentFigures.TerritoryCounts t : territories) {
            n[0] += t.counts().itemsLent();
            n[1] += t.counts().itemsGranted();
            n[2] += t.counts().pathsCompleted();
            n[3] += t.counts().pathsAbandoned();
        }
        return figures(n[0], n[1], n[2], n[3]);
    }

    private static EquipmentFigures.EquipmentCounts figures(long lent, long granted, long completed, long abandoned) {
        BigDecimal rate = completed + abandoned == 0 ? null
                : BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(completed + abandoned), 1,
                        RoundingMode.HALF_UP);
        return new EquipmentFigures.EquipmentCounts(lent, granted, completed, abandoned, rate);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
