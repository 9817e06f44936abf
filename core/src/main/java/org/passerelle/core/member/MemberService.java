package org.passerelle.core.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.page.Keyset;
import org.passerelle.core.page.Page;
import org.passerelle.core.page.PageRequest;
import org.passerelle.core.webhook.WebhookPublisher;

import io.quarkus.panache.common.Parameters;

/** Member structures of an organisation. Every method is scoped by {@code orgId}. */
@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final WebhookPublisher webhooks;

    MemberService(MemberRepository members, WebhookPublisher webhooks) {
        this.members = members;
        this.webhooks = webhooks;
    }

    @Transactional
    public MemberView create(UUID orgId, @Valid MemberData data) {
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
    public MemberView update(UUID orgId, UUID id, long expectedVersion, @Valid MemberData data) {
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
    public void delete(UUID orgId, UUID id, long expectedVersion) {
        Member member = load(orgId, id);
        StaleVersionException.check(expectedVersion, member.version);
        MemberView last = member.view();
        members.delete(member);
        members.flush();
        webhooks.publish(orgId, MemberEventTypes.DELETED, last);
    }

    public MemberView get(UUID orgId, UUID id) {
        return load(orgId, id).view();
    }

    public boolean exists(UUID orgId, UUID id) {
        return members.findInOrg(orgId, id).isPresent();
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

    public Page<MemberView> search(UUID orgId, MemberFilter filter, String sort, PageRequest page) {
        Keyset.Sort<Member> order = Keyset.Sort.parse(sort, MemberRepository.BY_NAME, MemberRepository.BY_CREATION);
        return Page.of(members.search(orgId, filter, order, page), page, m -> order.cursorOf(m, m.id))
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
