package org.passerelle.mission.indicator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorRegistry;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.mission.MissionPolicy;
import org.passerelle.mission.framework.FrameworkService;

/**
 * Indicators of the mission's objectives, their yearly targets and values. A value is typed in with its
 * evidence, or, for an indicator bound to an SPI source, computed by that source and stored as a snapshot with
 * its provenance — so a report keeps showing what was computed, and an auditor can retrace it. Methods taking
 * the caller's {@link OrgAccess} ask {@link MissionPolicy}; those taking a bare organisation id serve reports
 * and the evidence package and decide nothing.
 */
@ApplicationScoped
public class IndicatorService {

    @ApplicationScoped
    static class Indicators implements TenantRepository<MissionIndicator> {
    }

    @ApplicationScoped
    static class Measurements implements TenantRepository<Measurement> {
    }

    private static final String INDICATOR = "indicator";
    private static final String MEASUREMENT = "measurement";

    private final Indicators indicators;
    private final Measurements measurements;
    private final FrameworkService framework;
    private final IndicatorRegistry registry;
    private final MissionPolicy policy;

    IndicatorService(Indicators indicators, Measurements measurements, FrameworkService framework,
            IndicatorRegistry registry, MissionPolicy policy) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.framework = framework;
        this.registry = registry;
        this.policy = policy;
    }

    public List<IndicatorView> list(OrgAccess caller) {
        policy.read(caller);
        return list(caller.orgId());
    }

    public List<IndicatorView> list(UUID orgId) {
        return indicators.list("orgId = ?1 order by lower(name)", orgId).stream().map(MissionIndicator::view).toList();
    }

    public IndicatorView get(OrgAccess caller, UUID id) {
        MissionIndicator i = load(caller.orgId(), id);
        policy.see(caller, INDICATOR, id);
        return i.view();
    }

    @Transactional
    public IndicatorView create(OrgAccess caller, @Valid IndicatorData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        check(orgId, data);
        MissionIndicator i = new MissionIndicator();
        i.orgId = orgId;
        i.apply(data);
        indicators.persistAndFlush(i);
        return i.view();
    }

    @Transactional
    public IndicatorView update(OrgAccess caller, UUID id, long expectedVersion, @Valid IndicatorData data) {
        UUID orgId = caller.orgId();
        MissionIndicator i = load(orgId, id);
        policy.manage(caller, INDICATOR, id);
        StaleVersionException.check(expectedVersion, i.version);
        check(orgId, data);
        i.apply(data);
        indicators.flush();
        return i.view();
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        MissionIndicator i = load(caller.orgId(), id);
        policy.manage(caller, INDICATOR, id);
        StaleVersionException.check(expectedVersion, i.version);
        indicators.delete(i);
        indicators.flush();
    }

    // --- values ------------------------------------------------------------------------------------------

    @Transactional
    public MeasurementView record(OrgAccess caller, UUID indicatorId, @Valid MeasurementData data) {
        MissionIndicator i = load(caller.orgId(), indicatorId);
        policy.manage(caller, INDICATOR, indicatorId);
        if (i.sourceKey != null) {
            throw new RuleViolationException("value", "mission.indicator.computed", i.sourceKey);
        }
        Measurement m = measurement(i, data.year(), caller.personId());
        m.value = data.value();
        m.origin = Origin.MANUAL;
        m.evidenceUrl = data.evidenceUrl();
        m.note = data.note();
        measurements.persistAndFlush(m);
        return m.view();
    }

    /** Snapshots every SPI-bound indicator for the year: what a report freezes on. */
    @Transactional
    public void snapshotAll(UUID orgId, ZoneId zone, int year, UUID by) {
        indicators.list("orgId = ?1 and sourceKey is not null", orgId).forEach(i -> snapshot(i, zone, year, by));
    }

    /** Computes the year's value with the bound SPI source and keeps it, with its provenance. */
    @Transactional
    public MeasurementView snapshot(OrgAccess caller, UUID indicatorId, int year) {
        MissionIndicator i = load(caller.orgId(), indicatorId);
        policy.manage(caller, INDICATOR, indicatorId);
        if (i.sourceKey == null) {
            throw new RuleViolationException("sourceKey", "mission.indicator.not-computed", i.name);
        }
        return snapshot(i, caller.zone(), year, caller.personId());
    }

    private MeasurementView snapshot(MissionIndicator i, ZoneId zone, int year, UUID by) {
        Measurement m = computed(i, zone, year, by);
        measurements.persistAndFlush(m);
        return m.view();
    }

    @Transactional
    public MeasurementView attachEvidence(OrgAccess caller, UUID measurementId, String filename, String contentType,
            byte[] data) {
        Measurement m = measurements.getInOrg(caller.orgId(), measurementId, MEASUREMENT);
        policy.manage(caller, MEASUREMENT, measurementId);
        if (data.length == 0) {
            throw new RuleViolationException("body", "mission.evidence.empty");
        }
        m.evidenceFilename = filename == null || filename.isBlank() ? "preuve" : filename.strip();
        m.evidenceType = contentType == null ? "application/octet-stream" : contentType;
        m.evidenceData = data;
        measurements.flush();
        return m.view();
    }

    public record Evidence(String filename, String contentType, byte[] data) {
    }

    public Evidence evidence(OrgAccess caller, UUID measurementId) {
        Measurement m = measurements.getInOrg(caller.orgId(), measurementId, MEASUREMENT);
        policy.see(caller, MEASUREMENT, measurementId);
        if (m.evidenceData == null) {
            throw new NotFoundException("evidence", measurementId);
        }
        return new Evidence(m.evidenceFilename, m.evidenceType, m.evidenceData);
    }

    /**
     * The evidence file of a measurement, read alone (a projection, so the row does not stay in the persistence
     * context with its file): the evidence package copies files one at a time.
     */
    public byte[] evidenceData(UUID orgId, UUID measurementId) {
        return measurements.getEntityManager()
                .createQuery("select m.evidenceData from Measurement m where m.orgId = ?1 and m.id = ?2", byte[].class)
                .setParameter(1, orgId).setParameter(2, measurementId).getSingleResult();
    }

    /** Every value ever recorded for the indicator, newest first: the trail. */
    public List<MeasurementView> measurements(OrgAccess caller, UUID indicatorId) {
        load(caller.orgId(), indicatorId);
        policy.see(caller, INDICATOR, indicatorId);
        return measurements(caller.orgId(), indicatorId);
    }

    public List<MeasurementView> measurements(UUID orgId, UUID indicatorId) {
        load(orgId, indicatorId);
        return measurements.list("orgId = ?1 and indicatorId = ?2 order by year desc, createdAt desc", orgId,
                indicatorId).stream().map(Measurement::view).toList();
    }

    /** The indicator's situation for every year it has a target or a value, as of today. */
    public List<IndicatorYear> years(OrgAccess caller, UUID indicatorId) {
        load(caller.orgId(), indicatorId);
        policy.see(caller, INDICATOR, indicatorId);
        return years(caller.orgId(), indicatorId, LocalDate.now(caller.zone()));
    }

    public List<IndicatorYear> years(UUID orgId, UUID indicatorId, LocalDate today) {
        MissionIndicator i = load(orgId, indicatorId);
        Map<Integer, Measurement> latest = measurements.list(
                "orgId = ?1 and indicatorId = ?2 order by createdAt", orgId, indicatorId).stream()
                .collect(Collectors.toMap(m -> m.year, Function.identity(), (older, newer) -> newer));
        TreeSet<Integer> years = new TreeSet<>(latest.keySet());
        i.targets.forEach(t -> years.add(t.year()));
        return years.stream().map(y -> situation(i, y, latest.get(y), today)).toList();
    }

    /**
     * Every indicator's situation for a year, for reports: two queries whatever the number of indicators, plus
     * one computation per SPI-bound indicator that has no snapshot for the year yet (not stored: a live figure).
     * The year's values are read without their evidence files (a lazy column): a report never shows them, and
     * reading them made every report and freeze carry every file of the year.
     */
    public Map<UUID, IndicatorYear> situations(UUID orgId, ZoneId zone, int year, LocalDate today) {
        Map<UUID, Measurement> byIndicator = measurements
                .list("orgId = ?1 and year = ?2 order by createdAt", orgId, year).stream()
                .collect(Collectors.toMap(m -> m.indicatorId, Function.identity(), (older, newer) -> newer));
        return indicators.list("orgId = ?1", orgId).stream().collect(Collectors.toMap(i -> i.id, i -> {
            Measurement m = byIndicator.get(i.id);
            if (m == null && i.sourceKey != null) {
                m = computed(i, zone, year, null); // a live figure, not stored
            }
            return situation(i, year, m, today);
        }));
    }

    /** The SPI source's value of the year, now, as an unsaved snapshot with its provenance. */
    private Measurement computed(MissionIndicator i, ZoneId zone, int year, UUID by) {
        IndicatorValue computed = registry.compute(i.sourceKey,
                new IndicatorQuery(i.orgId, zone, Period.year(year), i.sourceParams));
        Measurement m = measurement(i, year, by);
        m.value = computed.value() == null ? null : computed.value().setScale(2, java.math.RoundingMode.HALF_UP);
        m.origin = Origin.SNAPSHOT;
        m.provenance = SnapshotProvenance.of(computed);
        return m;
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static IndicatorYear situation(MissionIndicator i, int year, Measurement m, LocalDate today) {
        Target t = i.target(year);
        java.math.BigDecimal value = m == null ? null : m.value;
        return new IndicatorYear(year, t == null ? null : t.value(), t == null ? null : t.label(), value,
                IndicatorStatus.of(i.direction, i.baseline, t == null ? null : t.value(), value, IndicatorStatus.elapsed(year, today)),
                m == null ? null : m.view());
    }

    private Measurement measurement(MissionIndicator i, int year, UUID by) {
        Measurement m = new Measurement();
        m.orgId = i.orgId;
        m.indicatorId = i.id;
        m.year = year;
        m.recordedBy = by;
        return m;
    }

    private void check(UUID orgId, IndicatorData data) {
        try {
            framework.objective(orgId, data.objectiveId());
        } catch (NotFoundException e) {
            throw new RuleViolationException("objectiveId", "mission.indicator.unknown-objective", data.objectiveId());
        }
        if (data.sourceKey() != null && !data.sourceKey().isBlank()) {
            IndicatorDefinition source = registry.definition(data.sourceKey().strip()).orElseThrow(
                    () -> new RuleViolationException("sourceKey", "mission.indicator.unknown-source", data.sourceKey()));
            if (data.sourceParams() != null) {
                data.sourceParams().forEach((name, value) -> {
                    var known = source.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                            .orElseThrow(() -> new RuleViolationException("sourceParams",
                                    "mission.indicator.unknown-parameter", name, source.key()));
                    if (!known.allowedValues().isEmpty() && !known.allowedValues().contains(value)) {
                        throw new RuleViolationException("sourceParams", "mission.indicator.invalid-parameter",
                                value, name, String.join(", ", known.allowedValues()));
                    }
                });
            }
        }
        if (data.targets() != null && data.targets().stream().map(Target::year).distinct().count() != data.targets().size()) {
            throw new RuleViolationException("targets", "mission.indicator.target-twice");
        }
        if (data.targets() != null && data.targets().stream().anyMatch(t -> t.value() == null
                && (t.label() == null || t.label().isBlank()))) {
            throw new RuleViolationException("targets", "mission.indicator.empty-target");
        }
    }

    private MissionIndicator load(UUID orgId, UUID id) {
        return indicators.getInOrg(orgId, id, INDICATOR);
    }
}
