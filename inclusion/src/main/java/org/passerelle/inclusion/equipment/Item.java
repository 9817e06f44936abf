package org.passerelle.inclusion.equipment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.error.ConflictException;
import org.passerelle.core.i18n.Messages;
import org.passerelle.core.persistence.TenantEntity;

/** One device of a lot, known by its serial number. */
@Entity(name = "EquipmentItem")
@Table(name = "inclusion_equipment_items")
class Item extends TenantEntity {

    @Column(name = "lot_id", nullable = false, updatable = false)
    UUID lotId;

    @Column(name = "serial_number", nullable = false)
    String serialNumber;

    String model;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ItemState state;

    /** Leaves the stock (lent, written off): only from stock or back from a beneficiary (409 otherwise). */
    void leaveStock(ItemState target) {
        if (!state.available()) {
            throw new ConflictException("inclusion.item.not-available", serialNumber,
                    new Messages.Text("inclusion.item.state." + state.name()));
        }
        state = target;
    }

    ItemView view() {
        return new ItemView(id, lotId, serialNumber, model, state, version);
    }
}
