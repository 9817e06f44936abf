package org.passerelle.inclusion.equipment;

/** Where a device is: in stock, lent to a beneficiary, now the beneficiary's, back from one, or written off. */
public enum ItemState {
    IN_STOCK, LENT, TRANSFERRED, RETURNED, WRITTEN_OFF;

    /** A device in stock or back from a beneficiary may be lent (again) or written off. */
    public boolean available() {
        return this == IN_STOCK || this == RETURNED;
    }
}
