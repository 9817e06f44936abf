package org.passerelle.core.member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.webhook.WebhookPublisher;

import io.quarkus.panache.common.Parameters;

/**
 * Member structures of an organisation. What a REST resource calls takes the caller's access and asks
 * {@link CorePolicy}; every query is scoped by the organisation.
 */
@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final WebhookPublisher webhooks;
    private final CorePolicy policy;
    private final Subscribers subscribers;

    MemberService(MemberRepository members, WebhookPublisher webhooks, CorePolicy policy, Subscribers subscribers) {
        this.members = members;
        this.webhooks = webhooks;
        this.policy = policy;
        this.subscribers = subscribers;
    }

    @Transactional
    public MemberView create(OrgAccess caller, @Valid MemberData data) {
        policy.manageMembers(caller);
        UUID orgId = caller.orgId();
        requireUniqueSiret(orgId, null, data.siret());
        Member member = new Member();
        member.orgId = orgId;
        member.apply(data);
        members.persistAndFlush(member);
        MemberView view = member.view();
        webhooks.publish(orgId, MemberEventTypes.CREATED, view);
        return view;
    }

    @Transactional
    public MemberView update(OrgAccess caller, UUID id, long expectedVersion, @Valid MemberData data) {
        policy.manageMembers(caller);
        UUID orgId = caller.orgId();
        Member member = load(orgId, id);
        StaleVersionException.check(expectedVersion, member.version);
        requireUniqueSiret(orgId, id, data.siret());
        member.apply(data);
        members.flush();
        MemberView view = member.view();
        webhooks.publish(orgId, MemberEventTypes.UPDATED, view);
        return view;
    }

    @Transactional
    public void delete(OrgAccess caller, UUID id, long expectedVersion) {
        policy.manageMembers(caller);
        UUID orgId = caller.orgId();
        Member member = load(orgId, id);
        StaleVersionException.check(expectedVersion, member.version);
        MemberView last = member.view();
        members.delete(member);
        members.flush();
        webhooks.publish(orgId, MemberEventTypes.DELETED, last);
    }

    /** The rule needs only the id, so it is asked first: an invisible structure and an absent one answer alike. */
    public MemberView get(OrgAccess caller, UUID id) {
        policy.readMember(caller, id);
        return load(caller.orgId(), id).view();
    }

    public boolean exists(UUID orgId, UUID id) {
        return members.findInOrg(orgId, id).isPresent();
    }

    /** The name of each of these member structures of the organisation, for other modules' figures and exports: one query. */
    public Map<UUID, String> names(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members.list("orgId = ?1 and id in ?2", orgId, ids).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m.name));
    }

    /**
     * Locks the member row until the end of the caller's transaction, so that writes that check
     * rules across several of its rows (overlapping subscriptions, ...) are serialised per member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID orgId, UUID id) {
        Member member = load(orgId, id);
        members.getEntityManager().lock(member, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page<MemberView> search(OrgAccess caller, MemberFilter filter, String sort, PageRequest page) {
        policy.searchMembers(caller);
        UUID orgId = caller.orgId();
        Keyset.Sort<Member> order = Keyset.Sort.parse(sort, MemberRepository.BY_NAME, MemberRepository.BY_CREATION);
        // Subscriptions live in another package: it answers with ids (today as the JVM sees it, as before).
        Set<UUID> subscribed = filter.serviceId() == null ? null
                : subscribers.of(orgId, filter.serviceId(), LocalDate.now());
        return Page.of(members.search(orgId, filter, subscribed, order, page), page, m -> order.cursorOf(m, m.id))
                .map(Member::view);
    }

    private Member load(UUID orgId, UUID id) {
        return members.getInOrg(orgId, id, "member");
    }

    private void requireUniqueSiret(UUID orgId, UUID self, String siret) {
        if (siret == null) {
            return;
        }
        long clashes = members.count("orgId = :org and siret = :siret and (:self is null or id <> :self)",
                Parameters.with("org", orgId).and("siret", siret).and("self", self));
        if (clashes > 0) {
            throw new ConflictException("core.member.siret-taken", siret);
        }
    }
}
