package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.UUID;

import org.passerelle.core.persistence.Versioned;

/** A lot and where its recorded items are. */
public record LotView(UUID id, String label, String origin, String reconditioner, DeviceKind deviceKind, int quantity,
        LocalDate receivedOn, LotStock stock, long version) implements Versioned {

    /** How many of the lot's items are in each state; {@code recorded} is their total (at most the quantity). */
    public record LotStock(long recorded, long inStock, long lent, long transferred, long returned, long writtenOff) {
    }
}
