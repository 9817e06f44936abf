package org.passerelle.inclusion.equipment;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.core.persistence.Where;
import org.passerelle.inclusion.InclusionPolicy;

/** Lots of reconditioned devices and their items: the programme team's stock. */
@ApplicationScoped
public class EquipmentService {

    static final String LOT = "lot";
    static final String ITEM = "item";

    @ApplicationScoped
    static class Lots implements TenantRepository<Lot> {
    }

    @ApplicationScoped
    static class Items implements TenantRepository<Item> {
    }

    private final Lots lots;
    private final Items items;
    private final EntityManager em;
    private final InclusionPolicy policy;

    EquipmentService(Lots lots, Items items, EntityManager em, InclusionPolicy policy) {
        this.lots = lots;
        this.items = items;
        this.em = em;
        this.policy = policy;
    }

    public List<LotView> lots(OrgAccess caller) {
        policy.manageEquipment(caller);
        return lots.list("orgId = ?1 order by receivedOn desc, id", caller.orgId()).stream()
                .map(l -> l.view(stock(l))).toList();
    }

    public LotView lot(OrgAccess caller, UUID id) {
        Lot l = lots.getInOrg(caller.orgId(), id, LOT);
        policy.manageEquipment(caller);
        return l.view(stock(l));
    }

    @Transactional
    public LotView receive(OrgAccess caller, @Valid LotData data) {
        policy.manageEquipment(caller);
        Lot l = new Lot();
        l.orgId = caller.orgId();
        l.apply(data);
        lots.persistAndFlush(l);
        return l.view(stock(l));
    }

    /** Records a device of the lot: never more than the lot's quantity (422), each serial number once (409). */
    @Transactional
    public ItemView record(OrgAccess caller, UUID lotId, @Valid ItemData data) {
        Lot l = lots.getInOrg(caller.orgId(), lotId, LOT);
        policy.manageEquipment(caller);
        // Lock the lot: two devices recorded at once cannot both take its last place.
        em.lock(l, LockModeType.PESSIMISTIC_WRITE);
        if (items.count("orgId = ?1 and lotId = ?2", l.orgId, lotId) >= l.quantity) {
            throw new RuleViolationException(null, "inclusion.lot.full", l.quantity);
        }
        String serial = data.serialNumber().strip();
        if (items.count("orgId = ?1 and serialNumber = ?2", l.orgId, serial) > 0) {
            throw new ConflictException("inclusion.item.serial-taken", serial);
        }
        Item i = new Item();
        i.orgId = l.orgId;
        i.lotId = lotId;
        i.serialNumber = serial;
        i.model = data.model();
        i.state = ItemState.IN_STOCK;
        items.persistAndFlush(i);
        return i.view();
    }

    public List<ItemView> items(OrgAccess caller, UUID lotId, ItemState state) {
        policy.manageEquipment(caller);
        Where w = Where.of("orgId = :orgId", "orgId", caller.orgId()).andIfGiven("lotId = :lotId", "lotId", lotId)
                .andIfGiven("state = :state", "state", state);
        return items.list("from EquipmentItem" + w.clause() + " order by serialNumber", w.params()).stream().map(Item::view).toList();
    }

    public ItemView item(OrgAccess caller, UUID id) {
        Item i = items.getInOrg(caller.orgId(), id, ITEM);
        policy.manageEquipment(caller);
        return i.view();
    }

    /** A device beyond repair or lost: only from stock (409 when lent or granted). */
    @Transactional
    public ItemView writeOff(OrgAccess caller, UUID id, long expectedVersion) {
        Item i = items.getInOrg(caller.orgId(), id, ITEM);
        policy.manageEquipment(caller);
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(i);
        StaleVersionException.check(expectedVersion, i.version);
        i.leaveStock(ItemState.WRITTEN_OFF);
        items.flush();
        return i.view();
    }

    /** The item of a loan, locked; 422 naming {@code itemId} when absent from the organisation. */
    Item lockedForLoan(UUID orgId, UUID itemId) {
        Item i = items.findInOrg(orgId, itemId)
                .orElseThrow(() -> new RuleViolationException("itemId", "inclusion.loan.unknown-item", itemId));
        em.lock(i, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(i);
        return i;
    }

    Item item(UUID orgId, UUID itemId) {
        return items.getInOrg(orgId, itemId, ITEM);
    }

    private LotView.LotStock stock(Lot l) {
        long[] n = new long[ItemState.values().length];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select i.state, count(i) from EquipmentItem i where i.orgId = ?1 and i.lotId = ?2"
                + " group by i.state").setParameter(1, l.orgId).setParameter(2, l.id).getResultList();
        rows.forEach(r -> n[((ItemState) r[0]).ordinal()] = (Long) r[1]);
        return new LotView.LotStock(Arrays.stream(n).sum(), n[ItemState.IN_STOCK.ordinal()],
                n[ItemState.LENT.ordinal()], n[ItemState.TRANSFERRED.ordinal()], n[ItemState.RETURNED.ordinal()],
                n[ItemState.WRITTEN_OFF.ordinal()]);
    }
}
