package org.passerelle.mission.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.mission.MissionPolicy;
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.committee.CommitteeView;
import org.passerelle.mission.framework.ActionView;
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.framework.ObjectiveView;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.IndicatorView;
import org.passerelle.mission.indicator.IndicatorYear;
import org.passerelle.mission.indicator.MeasurementView;
import org.passerelle.mission.sesame.SesameService;

/**
 * Assembles the yearly mission report from live data, and freezes it: SPI-bound indicators are snapshotted,
 * the report is stored as approved and never recomputed, and partners hear of it ({@code mission.report.frozen}).
 * Readers get it as {@link MissionPolicy} lets them see it: without the Sésame results while the committee may not
 * see them yet. A live report's computed indicators are read by their sources through core's {@code ReadDatabase}
 * (the streaming replica when usable); a freeze, a transaction, computes them on the primary. The report's own rows
 * are read on the primary: who edits them sees the edit at once.
 */
@ApplicationScoped
public class ReportService {

    @ApplicationScoped
    static class Frozen implements TenantRepository<FrozenReport> {

        boolean exists(UUID orgId, int year) {
            return count("orgId = ?1 and year = ?2", orgId, year) > 0;
        }

        /**
         * Takes the year's report for this transaction, or answers false at once when another transaction (on any
         * instance) holds it: a freeze, or a findings write. An advisory lock, as no row exists to lock before the
         * report is frozen; the unique (org_id, year) stays the last guard.
         */
        boolean tryLock(UUID orgId, int year) {
            return (Boolean) lockQuery("pg_try_advisory_xact_lock", orgId, year).getSingleResult();
        }

        /** The same lock, waiting for a freeze in progress to end. */
        void lock(UUID orgId, int year) {
            lockQuery("pg_advisory_xact_lock", orgId, year).getSingleResult();
        }

        private Query lockQuery(String function, UUID orgId, int year) {
            return getEntityManager().createNativeQuery("select " + function + "(hashtextextended(?1, 0))")
                    .setParameter(1, "mission_reports " + orgId + " " + year);
        }
    }

    @ApplicationScoped
    static class Notes implements TenantRepository<ReportNotes> {
    }

    private final Frozen frozen;
    private final Notes notes;
    private final FrameworkService framework;
    private final IndicatorService indicators;
    private final CommitteeService committee;
    private final SesameService sesame;
    private final WebhookPublisher webhooks;
    private final MissionPolicy policy;

    ReportService(Frozen frozen, Notes notes, FrameworkService framework, IndicatorService indicators,
            CommitteeService committee, SesameService sesame, WebhookPublisher webhooks, MissionPolicy policy) {
        this.frozen = frozen;
        this.notes = notes;
        this.framework = framework;
        this.indicators = indicators;
        this.committee = committee;
        this.sesame = sesame;
        this.webhooks = webhooks;
        this.policy = policy;
    }

    /**
     * The frozen report of the year if there is one, else the report as live data make it today; its Sésame
     * results only if the caller may see them.
     */
    public MissionReport report(OrgAccess caller, String organisation, int year) {
        policy.read(caller);
        UUID orgId = caller.orgId();
        MissionReport report = frozenReport(orgId, year)
                .orElseGet(() -> assemble(orgId, organisation, caller.zone(), year));
        if (!report.sesame().isEmpty() && !policy.maySeeSesameResults(caller, sesame.closed(orgId, year))) {
            return report.withoutSesame();
        }
        return report;
    }

    private Optional<MissionReport> frozenReport(UUID orgId, int year) {
        return frozen.find("orgId = ?1 and year = ?2", orgId, year).firstResultOptional().map(r -> r.content);
    }

    @Transactional
    public MissionReport freeze(OrgAccess caller, String organisation, int year) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        ZoneId zone = caller.zone();
        UUID by = caller.personId();
        // Concurrent freezes of a report: the first one computes, the others are refused at once.
        if (!frozen.tryLock(orgId, year)) {
            throw new ConflictException("mission.report.freezing", year);
        }
        if (frozen.exists(orgId, year)) {
            throw new ConflictException("mission.report.frozen", year);
        }
        indicators.snapshotAll(orgId, zone, year, by);
        Instant now = Instant.now();
        FrozenReport r = new FrozenReport();
        r.orgId = orgId;
        r.year = year;
        r.frozenBy = by;
        r.content = assemble(orgId, organisation, zone, year).frozen(now);
        frozen.persistAndFlush(r);
        webhooks.publish(orgId, MissionEventTypes.REPORT_FROZEN, Map.of("year", year, "frozenAt", now.toString()));
        return r.content;
    }

    /** The year's findings; 404 before they are written. */
    public FindingsView findings(OrgAccess caller, int year) {
        policy.read(caller);
        return notes.find("orgId = ?1 and year = ?2", caller.orgId(), year).firstResultOptional()
                .map(n -> new FindingsView(year, n.findings, n.version))
                .orElseThrow(() -> new NotFoundException("findings", String.valueOf(year)));
    }

    private Optional<String> findings(UUID orgId, int year) {
        return notes.find("orgId = ?1 and year = ?2", orgId, year).firstResultOptional().map(n -> n.findings);
    }

    /** Writes the year's findings; {@code expectedVersion} null creates, else replaces that version. */
    @Transactional
    public FindingsView putFindings(OrgAccess caller, int year, Long expectedVersion, String text) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        frozen.lock(orgId, year); // findings never change while a freeze reads them
        if (frozen.exists(orgId, year)) {
            throw new ConflictException("mission.report.frozen", year);
        }
        ReportNotes n = notes.find("orgId = ?1 and year = ?2", orgId, year).firstResultOptional().orElse(null);
        if (n == null) {
            if (expectedVersion != null) {
                StaleVersionException.check(expectedVersion, -1);
            }
            n = new ReportNotes();
            n.orgId = orgId;
            n.year = year;
        } else if (expectedVersion == null) {
            throw new ConflictException("mission.report.findings-exist", year);
        } else {
            StaleVersionException.check(expectedVersion, n.version);
        }
        n.findings = text.strip();
        notes.persistAndFlush(n);
        return new FindingsView(year, n.findings, n.version);
    }

    MissionReport assemble(UUID orgId, String organisation, ZoneId zone, int year) {
        LocalDate today = LocalDate.now(zone);
        List<ObjectiveView> tree = framework.objectives(orgId);
        Map<UUID, ActionView> actions = framework.actions(orgId, year).stream()
                .collect(java.util.stream.Collectors.toMap(ActionView::objectiveId, a -> a));
        List<IndicatorView> allIndicators = indicators.list(orgId);
        Map<UUID, IndicatorYear> situations = indicators.situations(orgId, zone, year, today);

        List<MissionReport.StatutoryObjective> statutory = new ArrayList<>();
        List<MissionReport.KeyFigure> keyFigures = new ArrayList<>();
        for (ObjectiveView s : tree.stream().filter(o -> !o.operational()).toList()) {
            List<MissionReport.OperationalObjective> operational = new ArrayList<>();
            for (ObjectiveView o : tree.stream().filter(x -> s.id().equals(x.parentId())).toList()) {
                List<IndicatorView> mine = allIndicators.stream().filter(i -> i.objectiveId().equals(o.id())).toList();
                List<MissionReport.IndicatorLine> lines = new ArrayList<>();
                List<MissionReport.FutureTarget> next = new ArrayList<>();
                for (IndicatorView i : mine) {
                    IndicatorYear y = situations.get(i.id());
                    String source = source(y.measurement());
                    lines.add(new MissionReport.IndicatorLine(i.name(), i.type(), i.unit(), y.target(), y.targetLabel(),
                            y.value(), y.status(), source));
                    if (y.value() != null) {
                        keyFigures.add(new MissionReport.KeyFigure(o.code(), i.name(), i.unit(), y.value(), y.target(),
                                y.status(), source));
                    }
                    i.targets().stream().filter(t -> t.year() > year)
                            .forEach(t -> next.add(new MissionReport.FutureTarget(t.year(), i.name(), i.unit(), t.value(),
                                    t.label())));
                }
                next.sort(Comparator.comparing(MissionReport.FutureTarget::year));
                ActionView a = actions.get(o.id());
                operational.add(new MissionReport.OperationalObjective(o.code(), o.title(), o.description(),
                        a == null ? null : new MissionReport.Action(a.planned(), a.progress(), a.percent(),
                                a.commentary(), a.means(), a.externalCircumstances()),
                        lines, next));
            }
            statutory.add(new MissionReport.StatutoryObjective(s.code(), s.title(), s.description(), operational));
        }

        CommitteeView c = committee.composition(orgId, LocalDate.of(year, 12, 31));
        MissionReport.Committee committeePart = new MissionReport.Committee(
                c.members().stream().map(m -> new MissionReport.Member(m.name(), m.role(), m.employee(), m.bio())).toList(),
                c.referentOnly(),
                committee.meetings(orgId, year).stream()
                        .map(m -> new MissionReport.Meeting(m.heldOn(), m.title(), m.decisions())).toList(),
                c.meetingsTarget(), c.warnings());

        MissionReport.Purpose purpose = framework.currentPurpose(orgId)
                .map(p -> new MissionReport.Purpose(p.number(), p.text(), p.adoptedOn(), p.publishedOn())).orElse(null);
        return new MissionReport(organisation, framework.profile(orgId).kind(), year, Instant.now(), null, purpose, statutory, keyFigures, committeePart,
                sesame.exists(orgId, year) ? sesame.results(orgId, year) : List.of(),
                findings(orgId, year).orElse(null));
    }

    /** "manual", or the SPI source with how many records it counted. */
    private static String source(MeasurementView m) {
        if (m == null) {
            return null;
        }
        if (m.provenance() == null) {
            return "manual";
        }
        return m.provenance().label();
    }
}
