package org.passerelle.core.subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.member.Subscribers;
import org.passerelle.core.service.ServiceCatalog;
import org.passerelle.core.service.ServiceView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SubscriptionService implements Subscribers {

    @ApplicationScoped
    static class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {
    }

    private final SubscriptionRepository subscriptions;
    private final MemberService members;
    private final ServiceCatalog services;
    private final CorePolicy policy;

    SubscriptionService(SubscriptionRepository subscriptions, MemberService members, ServiceCatalog services,
            CorePolicy policy) {
        this.subscriptions = subscriptions;
        this.members = members;
        this.services = services;
        this.policy = policy;
    }

    /**
     * The member's subscriptions, all of them or only those running on {@code activeOn}, for whoever may read
     * the member structure.
     */
    public List<SubscriptionView> list(OrgAccess caller, UUID memberId, LocalDate activeOn) {
        policy.readMember(caller, memberId);
        UUID orgId = caller.orgId();
        LocalDate today = today(caller);
        requireMember(orgId, memberId);
        List<Subscription> found = subscriptions.list("orgId = ?1 and memberId = ?2 order by startsOn, id", orgId,
                memberId);
        if (activeOn != null) {
            found = found.stream().filter(s -> s.activeOn(activeOn)).toList();
        }
        Map<UUID, ServiceView> byId = services.byIds(orgId,
                found.stream().map(s -> s.serviceId).collect(Collectors.toSet()));
        return found.stream().map(s -> view(s, byId.get(s.serviceId), today)).toList();
    }

    @Override
    public Set<UUID> of(UUID orgId, UUID serviceId, LocalDate day) {
        return subscriptions.list("orgId = ?1 and serviceId = ?2 and startsOn <= ?3 and (endsOn is null or endsOn >= ?3)",
                orgId, serviceId, day).stream().map(s -> s.memberId).collect(Collectors.toSet());
    }

    /** Ids of the services the member subscribes to on {@code day}: what its people may file requests about. */
    public Set<UUID> activeServiceIds(UUID orgId, UUID memberId, LocalDate day) {
        return subscriptions.list("orgId = ?1 and memberId = ?2 and startsOn <= ?3 and (endsOn is null or endsOn >= ?3)",
                orgId, memberId, day).stream().map(s -> s.serviceId).collect(Collectors.toSet());
    }

    @Transactional
    public SubscriptionView add(OrgAccess caller, UUID memberId, @Valid SubscriptionData data) {
        policy.manageSubscriptions(caller);
        UUID orgId = caller.orgId();
        requireMember(orgId, memberId);
        ServiceView service = requireService(orgId, data.serviceId());
        members.lock(orgId, memberId);
        requireNoOverlap(orgId, memberId, null, data);
        Subscription s = new Subscription();
        s.orgId = orgId;
        s.memberId = memberId;
        s.serviceId = data.serviceId();
        s.startsOn = data.startsOn();
        s.endsOn = data.endsOn();
        subscriptions.persistAndFlush(s);
        return view(s, service, today(caller));
    }

    /** Changes the dates of a subscription (typically to end it); its member and service are fixed. */
    @Transactional
    public SubscriptionView update(OrgAccess caller, UUID memberId, UUID id, long expectedVersion,
            @Valid SubscriptionData data) {
        policy.manageSubscriptions(caller);
        UUID orgId = caller.orgId();
        Subscription s = load(orgId, memberId, id);
        StaleVersionException.check(expectedVersion, s.version);
        if (!s.serviceId.equals(data.serviceId())) {
            throw new RuleViolationException("serviceId", "core.subscription.service-fixed");
        }
        members.lock(orgId, memberId);
        requireNoOverlap(orgId, memberId, id, data);
        s.startsOn = data.startsOn();
        s.endsOn = data.endsOn();
        subscriptions.flush();
        return view(s, services.get(orgId, s.serviceId), today(caller));
    }

    @Transactional
    public void delete(OrgAccess caller, UUID memberId, UUID id, long expectedVersion) {
        policy.manageSubscriptions(caller);
        Subscription s = load(caller.orgId(), memberId, id);
        StaleVersionException.check(expectedVersion, s.version);
        subscriptions.delete(s);
        subscriptions.flush();
    }

    public SubscriptionView get(OrgAccess caller, UUID memberId, UUID id) {
        policy.readMember(caller, memberId);
        Subscription s = load(caller.orgId(), memberId, id);
        return view(s, services.get(caller.orgId(), s.serviceId), today(caller));
    }

    private static LocalDate today(OrgAccess caller) {
        return LocalDate.now(caller.zone());
    }

    private Subscription load(UUID orgId, UUID memberId, UUID id) {
        return subscriptions.find("orgId = ?1 and memberId = ?2 and id = ?3", orgId, memberId, id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("subscription", id));
    }

    private void requireMember(UUID orgId, UUID memberId) {
        if (!members.exists(orgId, memberId)) {
            throw new NotFoundException("member", memberId);
        }
    }

    private ServiceView requireService(UUID orgId, UUID serviceId) {
        try {
            return services.get(orgId, serviceId);
        } catch (NotFoundException e) {
            throw new RuleViolationException("serviceId", "core.subscription.unknown-service", serviceId);
        }
    }

    private void requireNoOverlap(UUID orgId, UUID memberId, UUID self, SubscriptionData data) {
        boolean overlap = subscriptions.list("orgId = ?1 and memberId = ?2 and serviceId = ?3", orgId, memberId,
                data.serviceId()).stream()
                .anyMatch(s -> !s.id.equals(self) && s.overlaps(data.startsOn(), data.endsOn()));
        if (overlap) {
            throw new ConflictException("core.subscription.overlap", data.serviceId());
        }
    }

    private static SubscriptionView view(Subscription s, ServiceView service, LocalDate today) {
        return new SubscriptionView(s.id, s.memberId, s.serviceId, service.code(), service.name(), service.teamId(),
                s.startsOn, s.endsOn, s.activeOn(today), s.version);
    }
}
