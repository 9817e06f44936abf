package org.passerelle.training.trainer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonView;
import org.passerelle.core.person.Role;
import org.passerelle.training.TrainingPolicy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Trainer profiles of an organisation (a few dozen per tenant: lists are whole). */
@ApplicationScoped
public class TrainerService {

    @ApplicationScoped
    static class TrainerRepository implements PanacheRepositoryBase<Trainer, UUID> {
    }

    /**
     * Hours of the past half-day slots the trainer taught (its own slots, and those of its sessions without a
     * trainer of their own: the view {@code training_slot_trainers}) in running or completed sessions.
     */
    private static final String HOURS_TAUGHT = """
            SELECT coalesce(sum(extract(epoch FROM (st.ends_at - st.starts_at))) / 3600, 0)
            FROM training_slot_trainers st
            JOIN training_sessions s ON s.org_id = st.org_id AND s.id = st.session_id
            WHERE st.org_id = ?1 AND st.person_id = ?2 AND s.status IN ('RUNNING', 'COMPLETED') AND st.ends_at <= now()
            """;

    private final TrainerRepository trainers;
    private final PeopleDirectory people;
    private final TrainingPolicy policy;

    TrainerService(TrainerRepository trainers, PeopleDirectory people, TrainingPolicy policy) {
        this.trainers = trainers;
        this.people = people;
        this.policy = policy;
    }

    @Transactional
    public TrainerView create(OrgAccess caller, @Valid TrainerData data) {
        policy.createTrainer(caller);
        UUID orgId = caller.orgId();
        PersonView person = requireTrainer(orgId, data.personId());
        if (trainers.count("orgId = ?1 and personId = ?2", orgId, data.personId()) > 0) {
            throw new ConflictException("training.trainer.exists", data.personId());
        }
        requireConsistentDates(data);
        Trainer trainer = new Trainer();
        trainer.orgId = orgId;
        trainer.personId = data.personId();
        trainer.apply(data);
        trainers.persistAndFlush(trainer);
        return view(trainer, person);
    }

    @Transactional
    public TrainerView update(OrgAccess caller, UUID id, long expectedVersion, @Valid TrainerData data) {
        UUID orgId = caller.orgId();
        Trainer trainer = load(orgId, id);
        policy.changeTrainer(caller, view(trainer, people.get(orgId, trainer.personId)));
        StaleVersionException.check(expectedVersion, trainer.version);
        if (!trainer.personId.equals(data.personId())) {
            throw new RuleViolationException("personId", "training.trainer.person-fixed");
        }
        requireConsistentDates(data);
        trainer.apply(data);
        trainers.flush();
        return view(trainer, people.get(orgId, trainer.personId));
    }

    /** A trainer profile the caller may read: staff and the auditor any, a trainer its own. */
    public TrainerView get(OrgAccess caller, UUID id) {
        UUID orgId = caller.orgId();
        Trainer trainer = load(orgId, id);
        TrainerView view = view(trainer, people.get(orgId, trainer.personId));
        policy.readTrainer(caller, view);
        return view;
    }

    /** The caller's own trainer profile (404 while it has none). */
    public TrainerView mine(OrgAccess caller) {
        policy.readOwnTrainerProfile(caller);
        return ofPerson(caller.orgId(), caller.personId())
                .orElseThrow(() -> new NotFoundException("trainer", caller.personId()));
    }

    /** The profile of a person, if it has one. */
    private Optional<TrainerView> ofPerson(UUID orgId, UUID personId) {
        return trainers.find("orgId = ?1 and personId = ?2", orgId, personId).firstResultOptional()
                .map(t -> view(t, people.get(orgId, t.personId)));
    }

    public List<TrainerView> list(OrgAccess caller, TrainerKind kind) {
        policy.listTrainers(caller);
        UUID orgId = caller.orgId();
        List<Trainer> rows = kind == null ? trainers.list("orgId = ?1 order by createdAt, id", orgId)
                : trainers.list("orgId = ?1 and kind = ?2 order by createdAt, id", orgId, kind);
        return rows.stream().map(t -> view(t, people.get(orgId, t.personId))).toList();
    }

    private TrainerView view(Trainer t, PersonView person) {
        Object hours = trainers.getEntityManager().createNativeQuery(HOURS_TAUGHT).setParameter(1, t.orgId)
                .setParameter(2, t.personId).getSingleResult();
        BigDecimal taught = new BigDecimal(hours.toString()).setScale(2, RoundingMode.HALF_UP);
        LocalDate today = LocalDate.now();
        List<String> expired = t.certifications.stream()
                .filter(c -> c.expiresOn() != null && c.expiresOn().isBefore(today)).map(Certification::name).toList();
        return new TrainerView(t.id, t.personId, person.name(), t.kind, List.of(t.competences),
                List.copyOf(t.certifications), List.copyOf(t.upkeep), t.active, taught, expired, t.version);
    }

    private PersonView requireTrainer(UUID orgId, UUID personId) {
        try {
            PersonView person = people.get(orgId, personId);
            if (person.roles().contains(Role.TRAINER)) {
                return person;
            }
        } catch (NotFoundException e) {
            // answered below, as for a person without the role
        }
        throw new RuleViolationException("personId", "training.session.not-a-trainer", personId);
    }

    private static void requireConsistentDates(TrainerData data) {
        List<Certification> certifications = data.certifications() == null ? List.of() : data.certifications();
        for (int i = 0; i < certifications.size(); i++) {
            Certification c = certifications.get(i);
            if (c.expiresOn() != null && c.expiresOn().isBefore(c.obtainedOn())) {
                throw new RuleViolationException("certifications[" + i + "].expiresOn",
                        "training.trainer.expiry-before-obtention", c.expiresOn(), c.obtainedOn());
            }
        }
    }

    private Trainer load(UUID orgId, UUID id) {
        return trainers.find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("trainer", id));
    }
}
