package org.passerelle.core.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.AccessCache;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.team.TeamService;

/**
 * The people of an organisation, with the name it knows them by and their roles. A person (email, token
 * subject) is shared by the organisations that registered it; everything an organisation says about the person
 * lives in its membership, so nothing one organisation sets or sees shows in another.
 */
@ApplicationScoped
public class PeopleDirectory {

    /** A membership row with its person, as one query returns them. */
    record Row(Membership membership, Person person) {
        PersonView view() {
            return new PersonView(person.id, person.email, membership.name, membership.roleSet(),
                    membership.memberId, membership.teamId, membership.memberContact, membership.firstUsedAt != null,
                    membership.version);
        }
    }

    // The person is aliased e as Keyset expects (its id breaks ties); the name is the membership's, m.
    private static final Keyset.Sort<Row> BY_EMAIL = new Keyset.Sort<>("email", "e.email", false,
            r -> r.person().email, s -> s);
    private static final Keyset.Sort<Row> BY_NAME = new Keyset.Sort<>("name", "lower(m.name)", false,
            r -> r.membership().name.toLowerCase(Locale.ROOT), s -> s);

    private final EntityManager em;
    private final MemberService members;
    private final TeamService teams;
    private final CorePolicy policy;
    private final AccessCache accesses;

    PeopleDirectory(EntityManager em, MemberService members, TeamService teams, CorePolicy policy,
            AccessCache accesses) {
        this.em = em;
        this.members = members;
        this.teams = teams;
        this.policy = policy;
        this.accesses = accesses;
    }

    /**
     * Registers a person in the caller's organisation under the name given here. A person already known
     * elsewhere answers exactly like a new one: nothing another organisation set or saw is echoed, and
     * {@code linked} is false until the person uses a token in this organisation.
     */
    @Transactional
    public PersonView register(OrgAccess caller, @Valid PersonData data) {
        policy.registerPerson(caller);
        UUID orgId = caller.orgId();
        requireAffiliation(orgId, data.roles(), data.memberId(), data.teamId(), data.memberContact());
        String email = data.email().strip().toLowerCase(Locale.ROOT);
        Person person = findPersonByEmail(email).orElseGet(() -> {
            Person p = new Person();
            p.email = email;
            em.persist(p);
            return p;
        });
        if (findRow(orgId, person.id).isPresent()) {
            throw new ConflictException("core.person.already-registered", email);
        }
        Membership m = new Membership();
        m.orgId = orgId;
        m.personId = person.id;
        m.name = data.name().strip();
        m.setRoles(data.roles());
        m.memberId = data.memberId();
        m.teamId = data.teamId();
        m.memberContact = Boolean.TRUE.equals(data.memberContact());
        em.persist(m);
        em.flush();
        accesses.changed();
        return new Row(m, person).view();
    }

    /** Changes the person's name, roles and affiliation in the caller's organisation only. */
    @Transactional
    public PersonView update(OrgAccess caller, UUID personId, long expectedVersion, @Valid PersonUpdate update) {
        policy.managePerson(caller);
        UUID orgId = caller.orgId();
        Row row = load(orgId, personId);
        StaleVersionException.check(expectedVersion, row.membership().version);
        requireAffiliation(orgId, update.roles(), update.memberId(), update.teamId(), update.memberContact());
        if (!update.roles().contains(Role.ADMIN)) {
            requireAnotherAdmin(orgId, row.membership());
        }
        row.membership().name = update.name().strip();
        row.membership().setRoles(update.roles());
        row.membership().memberId = update.memberId();
        row.membership().teamId = update.teamId();
        row.membership().memberContact = Boolean.TRUE.equals(update.memberContact());
        em.flush();
        accesses.changed();
        return row.view();
    }

    @Transactional
    public void remove(OrgAccess caller, UUID personId, long expectedVersion) {
        policy.managePerson(caller);
        UUID orgId = caller.orgId();
        Row row = load(orgId, personId);
        StaleVersionException.check(expectedVersion, row.membership().version);
        requireAnotherAdmin(orgId, row.membership());
        em.remove(row.membership());
        em.flush();
        accesses.changed();
    }

    /** The rule needs only the id (self or not), so it is asked first. */
    public PersonView get(OrgAccess caller, UUID personId) {
        policy.readPerson(caller, personId);
        return load(caller.orgId(), personId).view();
    }

    /** For other modules' code that already holds the organisation id (names on certificates, trainers, ...). */
    public PersonView get(UUID orgId, UUID personId) {
        return load(orgId, personId).view();
    }

    /** A person's name in an organisation (null when no longer a member there) and email. */
    public record Contact(String name, String email) {
    }

    /**
     * Names and emails of {@code personIds} in one query, for other modules' reports: they select person ids from
     * their own tables and never join {@code people} or {@code memberships} in their SQL.
     */
    public Map<UUID, Contact> contacts(UUID orgId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, m.name, p.email FROM people p"
                + " LEFT JOIN memberships m ON m.org_id = ?1 AND m.person_id = p.id"
                + " WHERE p.id = ANY (CAST(?2 AS uuid[]))").setParameter(1, orgId)
                .setParameter(2, SqlValues.uuidArray(personIds)).getResultList();
        Map<UUID, Contact> contacts = new HashMap<>();
        rows.forEach(r -> contacts.put((UUID) r[0], new Contact((String) r[1], (String) r[2])));
        return contacts;
    }

    /** People of the organisation, optionally with a role and matching {@code q} in name or email. */
    public Page<PersonView> list(OrgAccess caller, Role role, String q, String sort, PageRequest page) {
        policy.listPeople(caller);
        Keyset.Sort<Row> order = Keyset.Sort.parse(sort, BY_EMAIL, BY_NAME);
        Map<String, Object> params = new HashMap<>();
        params.put("orgId", caller.orgId());
        StringBuilder where = new StringBuilder(
                "select m, e from Membership m join Person e on e.id = m.personId where m.orgId = :orgId");
        if (role != null) {
            where.append(" and array_contains(m.roles, :role)");
            params.put("role", role.code());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(m.name) like :q or e.email like :q)");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
        }
        String hql = Keyset.apply(where.toString(), params, order, page.after());
        var query = em.createQuery(hql, Object[].class);
        params.forEach(query::setParameter);
        List<Row> rows = query.setMaxResults(page.limit() + 1).getResultList().stream()
                .map(r -> new Row((Membership) r[0], (Person) r[1])).toList();
        return Page.of(rows, page, r -> order.cursorOf(r, r.person().id)).map(Row::view);
    }

    /** Roles of a person in every organisation, for {@code GET /me} and access checks. */
    public List<MembershipSummary> membershipsOf(UUID personId) {
        return em.createQuery("from Membership m where m.personId = :p", Membership.class)
                .setParameter("p", personId).getResultList().stream().map(PeopleDirectory::summary).toList();
    }

    /**
     * The person's membership in one organisation, when the person is using a token there: the first such use
     * is recorded, and from then on (only) this organisation's view of the person says {@code linked}.
     */
    @Transactional
    public Optional<MembershipSummary> membershipIn(UUID personId, UUID orgId) {
        Optional<Membership> found = em.createQuery("from Membership m where m.personId = :p and m.orgId = :o",
                Membership.class).setParameter("p", personId).setParameter("o", orgId).getResultStream().findFirst();
        if (found.isPresent() && found.get().firstUsedAt == null) {
            // Not a versioned change: an admin's If-Match must not go stale because the person signed in.
            em.createNativeQuery("update memberships set first_used_at = ?1 where id = ?2 and first_used_at is null")
                    .setParameter(1, Instants.now()).setParameter(2, found.get().id).executeUpdate();
        }
        return found.map(PeopleDirectory::summary);
    }

    private static MembershipSummary summary(Membership m) {
        return new MembershipSummary(m.orgId, m.roleSet(), m.memberId, m.teamId, m.memberContact);
    }

    /**
     * The person this token belongs to: already linked by subject, or pre-registered by email and
     * linked now when the email is trusted and not yet claimed by another subject.
     */
    @Transactional
    public Optional<UUID> resolve(String subject, String email, boolean emailTrusted) {
        Optional<UUID> linked = personWithSubject(subject);
        if (linked.isPresent() || email == null || !emailTrusted) {
            return linked;
        }
        // One atomic statement: concurrent first calls of the same person link it once; the others wait for
        // the row lock, then find it linked.
        em.createNativeQuery("update people set subject = ?1, linked_at = ?2, version = version + 1"
                + " where email = ?3 and subject is null").setParameter(1, subject).setParameter(2, Instants.now())
                .setParameter(3, email.toLowerCase(Locale.ROOT)).executeUpdate();
        return personWithSubject(subject);
    }

    /** The person registered with this e-mail address, whatever its organisations (mail received from it). */
    public Optional<UUID> personWithEmail(String email) {
        return findPersonByEmail(email.strip().toLowerCase(Locale.ROOT)).map(p -> p.id);
    }

    private Optional<UUID> personWithSubject(String subject) {
        return em.createQuery("select p.id from Person p where p.subject = :s", UUID.class).setParameter("s", subject)
                .getResultStream().findFirst();
    }

    public record MembershipSummary(UUID orgId, Set<Role> roles, UUID memberId, UUID teamId, boolean memberContact) {
    }

    private Optional<Person> findPersonByEmail(String email) {
        return em.createQuery("from Person p where p.email = :e", Person.class).setParameter("e", email)
                .getResultStream().findFirst();
    }

    private Optional<Row> findRow(UUID orgId, UUID personId) {
        return em.createQuery("select m, p from Membership m join Person p on p.id = m.personId"
                + " where m.orgId = :o and p.id = :p", Object[].class)
                .setParameter("o", orgId).setParameter("p", personId).getResultStream()
                .map(r -> new Row((Membership) r[0], (Person) r[1])).findFirst();
    }

    private Row load(UUID orgId, UUID personId) {
        return findRow(orgId, personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    private void requireAffiliation(UUID orgId, Set<Role> roles, UUID memberId, UUID teamId, Boolean memberContact) {
        if (teamId != null && !teams.exists(orgId, teamId)) {
            throw new RuleViolationException("teamId", "core.person.unknown-team", teamId);
        }
        if (Boolean.TRUE.equals(memberContact) && memberId == null) {
            throw new RuleViolationException("memberContact", "core.person.contact-needs-member");
        }
        if (roles.contains(Role.REQUESTER) && memberId == null) {
            throw new RuleViolationException("memberId", "core.person.requester-needs-member");
        }
        if (memberId != null && !members.exists(orgId, memberId)) {
            throw new RuleViolationException("memberId", "core.person.unknown-member", memberId);
        }
    }

    /** An organisation never loses its last admin: nobody could then manage its people. */
    private void requireAnotherAdmin(UUID orgId, Membership changed) {
        if (!changed.roleSet().contains(Role.ADMIN)) {
            return;
        }
        // Locking the admins' rows serialises two admins demoting each other at the same time.
        List<Membership> admins = em.createQuery("from Membership m where m.orgId = :o"
                + " and array_contains(m.roles, 'admin')", Membership.class)
                .setParameter("o", orgId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (admins.stream().noneMatch(m -> !m.id.equals(changed.id))) {
            throw new ConflictException("core.person.last-admin");
        }
    }
}
