package org.passerelle.inclusion.equipment;

/**
 * ACTIVE → COMPLETED (the training path is completed) → TRANSFERRED (the device is the beneficiary's);
 * ACTIVE → ABANDONED (the path is given up) → RETURNED (the device is back in stock).
 */
public enum LoanStatus {
    ACTIVE, COMPLETED, TRANSFERRED, ABANDONED, RETURNED;

    /** The status this one is reached from. */
    LoanStatus previous() {
        return switch (this) {
            case ACTIVE -> null;
            case COMPLETED, ABANDONED -> ACTIVE;
            case TRANSFERRED -> COMPLETED;
            case RETURNED -> ABANDONED;
        };
    }

    /** Whether this status settles the loan: the device is the beneficiary's, or back. */
    boolean settles() {
        return this == TRANSFERRED || this == RETURNED;
    }
}
