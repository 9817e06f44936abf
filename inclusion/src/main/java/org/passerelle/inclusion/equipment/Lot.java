package org.passerelle.inclusion.equipment;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** Devices received together: from whom, reconditioned by which partner, how many. */
@Entity(name = "EquipmentLot")
@Table(name = "inclusion_equipment_lots")
class Lot extends TenantEntity {

    @Column(nullable = false)
    String label;

    @Column(nullable = false)
    String origin;

    @Column(nullable = false)
    String reconditioner;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_kind", nullable = false)
    DeviceKind deviceKind;

    int quantity;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    void apply(LotData data) {
        label = data.label().strip();
        origin = data.origin().strip();
        reconditioner = data.reconditioner().strip();
        deviceKind = data.deviceKind();
        quantity = data.quantity();
        receivedOn = data.receivedOn();
    }

    LotView view(LotView.LotStock stock) {
        return new LotView(id, label, origin, reconditioner, deviceKind, quantity, receivedOn, stock, version);
    }
}
