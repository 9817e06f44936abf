package org.passerelle.mission.framework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.mission.MissionPolicy;

/**
 * The mission's framework: the company's facts, its raison d'être (versioned), statutory objectives with
 * their operational objectives, and each year's planned action with its progress. Methods taking the caller's
 * {@link OrgAccess} ask {@link MissionPolicy}; those taking a bare organisation id serve the other mission
 * services (reports, evidence, checks) and decide nothing.
 */
@ApplicationScoped
public class FrameworkService {

    @ApplicationScoped
    static class Purposes implements TenantRepository<Purpose> {
    }

    @ApplicationScoped
    static class Objectives implements TenantRepository<Objective> {
    }

    @ApplicationScoped
    static class Actions implements TenantRepository<YearAction> {
    }

    private static final String OBJECTIVE = "objective";

    private final EntityManager em;
    private final Purposes purposes;
    private final Objectives objectives;
    private final Actions actions;
    private final MissionPolicy policy;

    FrameworkService(EntityManager em, Purposes purposes, Objectives objectives, Actions actions, MissionPolicy policy) {
        this.em = em;
        this.purposes = purposes;
        this.objectives = objectives;
        this.actions = actions;
        this.policy = policy;
    }

    // --- profile ---------------------------------------------------------------------------------

    public ProfileView profile(OrgAccess caller) {
        policy.read(caller);
        return profile(caller.orgId());
    }

    public ProfileView profile(UUID orgId) {
        return Optional.ofNullable(em.find(MissionProfile.class, orgId)).map(MissionProfile::view)
                .orElse(new ProfileView(FrameworkKind.MISSION, 0, false, true, ProfileView.otiCadenceYears(0, false), 0));
    }

    @Transactional
    public ProfileView updateProfile(OrgAccess caller, long expectedVersion, @Valid ProfileData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        MissionProfile p = em.find(MissionProfile.class, orgId);
        if (p == null) {
            StaleVersionException.check(expectedVersion, 0);
            p = new MissionProfile();
            p.orgId = orgId;
            em.persist(p);
        } else {
            StaleVersionException.check(expectedVersion, p.version);
        }
        p.kind = data.kind() == null ? FrameworkKind.MISSION : data.kind();
        p.employeeCount = data.employeeCount();
        p.threeYearOti = data.threeYearOti();
        em.flush();
        return p.view();
    }

    // --- raison d'être -----------------------------------------------------------------------------

    /** Every version, the current (highest number) first. */
    public List<PurposeView> purposes(OrgAccess caller) {
        policy.read(caller);
        return purposes(caller.orgId());
    }

    public List<PurposeView> purposes(UUID orgId) {
        return purposes.list("orgId = ?1 order by number desc", orgId).stream().map(Purpose::view).toList();
    }

    /** The raison d'être in force; 404 before the first adoption. */
    public PurposeView currentPurpose(OrgAccess caller) {
        policy.read(caller);
        return currentPurpose(caller.orgId()).orElseThrow(() -> new NotFoundException("raison d'être", "current"));
    }

    public Optional<PurposeView> currentPurpose(UUID orgId) {
        return purposes.find("orgId = ?1 order by number desc", orgId).firstResultOptional().map(Purpose::view);
    }

    /** Records a newly adopted raison d'être; earlier versions stay as they were. */
    @Transactional
    public PurposeView adoptPurpose(OrgAccess caller, @Valid PurposeData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        if (data.publishedOn() != null && data.publishedOn().isBefore(data.adoptedOn())) {
            throw new RuleViolationException("publishedOn", "mission.purpose.published-before-adoption");
        }
        Purpose p = new Purpose();
        p.orgId = orgId;
        p.number = currentPurpose(orgId).map(c -> c.number() + 1).orElse(1);
        p.text = data.text().strip();
        p.adoptedOn = data.adoptedOn();
        p.publishedOn = data.publishedOn();
        purposes.persistAndFlush(p);
        return p.view();
    }

    // --- objectives ----------------------------------------------------------------------------------

    /** Statutory objectives by code, each followed by its operational objectives. */
    public List<ObjectiveView> objectives(OrgAccess caller) {
        policy.read(caller);
        return objectives(caller.orgId());
    }

    public List<ObjectiveView> objectives(UUID orgId) {
        List<ObjectiveView> all = objectives.list("orgId = ?1", orgId).stream().map(Objective::view).toList();
        return all.stream().filter(o -> !o.operational()).sorted(ObjectiveCodes.ORDER)
                .flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s),
                        all.stream().filter(o -> s.id().equals(o.parentId())).sorted(ObjectiveCodes.ORDER)))
                .toList();
    }

    public ObjectiveView objective(OrgAccess caller, UUID id) {
        Objective o = load(caller.orgId(), id);
        policy.see(caller, OBJECTIVE, id);
        return o.view();
    }

    /** The objective, for checks of the other mission services; 404 when absent from the organisation. */
    public ObjectiveView objective(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    @Transactional
    public ObjectiveView createObjective(OrgAccess caller, @Valid ObjectiveData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        Objective o = new Objective();
        o.orgId = orgId;
        o.parentId = statutoryParent(orgId, data.parentId());
        o.apply(data);
        requireUniqueCode(orgId, null, o.code);
        objectives.persistAndFlush(o);
        return o.view();
    }

    @Transactional
    public ObjectiveView updateObjective(OrgAccess caller, UUID id, long expectedVersion, @Valid ObjectiveData data) {
        UUID orgId = caller.orgId();
        Objective o = load(orgId, id);
        policy.manage(caller, OBJECTIVE, id);
        StaleVersionException.check(expectedVersion, o.version);
        if (!java.util.Objects.equals(o.parentId, data.parentId())) {
            throw new RuleViolationException("parentId", "mission.objective.parent-fixed");
        }
        o.apply(data);
        requireUniqueCode(orgId, id, o.code);
        objectives.flush();
        return o.view();
    }

    @Transactional
    public void deleteObjective(OrgAccess caller, UUID id, long expectedVersion) {
        UUID orgId = caller.orgId();
        Objective o = load(orgId, id);
        policy.manage(caller, OBJECTIVE, id);
        StaleVersionException.check(expectedVersion, o.version);
        if (objectives.count("orgId = ?1 and parentId = ?2", orgId, id) > 0) {
            throw new ConflictException("mission.objective.has-children", o.code);
        }
        objectives.delete(o);
        objectives.flush();
    }

    // --- yearly actions ---------------------------------------------------------------------------------

    public List<ActionView> actions(OrgAccess caller, int year) {
        policy.read(caller);
        return actions(caller.orgId(), year);
    }

    public List<ActionView> actions(UUID orgId, int year) {
        return actions.list("orgId = ?1 and year = ?2", orgId, year).stream().map(YearAction::view).toList();
    }

    /** The year's action of an objective; 404 when there is none. */
    public ActionView action(OrgAccess caller, UUID objectiveId, int year) {
        String key = objectiveId + "/" + year;
        YearAction a = find(caller.orgId(), objectiveId, year).orElseThrow(() -> new NotFoundException("action", key));
        policy.see(caller, "action", key);
        return a.view();
    }

    /**
     * Records or replaces the year's action of an operational objective. Creating needs no version;
     * replacing needs the one read (null = "I think there is none yet", refused when there is one).
     */
    @Transactional
    public ActionView putAction(OrgAccess caller, UUID objectiveId, int year, Long expectedVersion,
            @Valid ActionData data) {
        UUID orgId = caller.orgId();
        Objective o = load(orgId, objectiveId);
        policy.manage(caller, OBJECTIVE, objectiveId);
        if (o.parentId == null) {
            throw new RuleViolationException("objectiveId", "mission.action.statutory-objective", o.code);
        }
        if (data.progress() == Progress.ACHIEVED && data.percent() != null && data.percent() < 100) {
            throw new RuleViolationException("percent", "mission.action.achieved-below-100");
        }
        YearAction a = find(orgId, objectiveId, year).orElse(null);
        if (a == null) {
            if (expectedVersion != null) {
                StaleVersionException.check(expectedVersion, -1);
            }
            a = new YearAction();
            a.orgId = orgId;
            a.objectiveId = objectiveId;
            a.year = year;
            a.apply(data);
            actions.persist(a);
        } else {
            if (expectedVersion == null) {
                throw new ConflictException("mission.action.exists", o.code, year);
            }
            StaleVersionException.check(expectedVersion, a.version);
            a.apply(data);
        }
        actions.flush();
        return a.view();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private Optional<YearAction> find(UUID orgId, UUID objectiveId, int year) {
        return actions.find("orgId = ?1 and objectiveId = ?2 and year = ?3", orgId, objectiveId, year)
                .firstResultOptional();
    }

    private Objective load(UUID orgId, UUID id) {
        return objectives.getInOrg(orgId, id, OBJECTIVE);
    }

    /** Two levels only: an operational objective hangs under a statutory one. */
    private UUID statutoryParent(UUID orgId, UUID parentId) {
        if (parentId == null) {
            return null;
        }
        Objective parent = objectives.findInOrg(orgId, parentId)
                .orElseThrow(() -> new RuleViolationException("parentId", "mission.objective.unknown-parent", parentId));
        if (parent.parentId != null) {
            throw new RuleViolationException("parentId", "mission.objective.parent-operational", parent.code);
        }
        return parentId;
    }

    private void requireUniqueCode(UUID orgId, UUID self, String code) {
        boolean taken = objectives.find("orgId = ?1 and code = ?2", orgId, code).stream()
                .anyMatch(o -> !o.id.equals(self));
        if (taken) {
            throw new ConflictException("mission.objective.code-taken", code);
        }
    }
}
