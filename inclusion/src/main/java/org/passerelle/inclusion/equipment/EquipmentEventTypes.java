package org.passerelle.inclusion.equipment;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/** Webhook events of equipment loans; the payload is the loan as the API shows it (with its path). */
@ApplicationScoped
public class EquipmentEventTypes implements WebhookEventTypes {

    /** A device was handed over to a beneficiary for its training path. */
    public static final String LOAN_STARTED = "loan.started";
    /** The beneficiary's path is completed: the device may be granted. */
    public static final String LOAN_COMPLETED = "loan.completed";
    /** The device is now the beneficiary's. */
    public static final String LOAN_TRANSFERRED = "loan.transferred";
    /** The path was given up: the device is to come back. */
    public static final String LOAN_ABANDONED = "loan.abandoned";
    /** The device came back to stock. */
    public static final String LOAN_RETURNED = "loan.returned";

    @Override
    public Set<String> types() {
        return Set.of(LOAN_STARTED, LOAN_COMPLETED, LOAN_TRANSFERRED, LOAN_ABANDONED, LOAN_RETURNED);
    }

    static String of(LoanStatus status) {
        return switch (status) {
            case ACTIVE -> LOAN_STARTED;
            case COMPLETED -> LOAN_COMPLETED;
            case TRANSFERRED -> LOAN_TRANSFERRED;
            case ABANDONED -> LOAN_ABANDONED;
            case RETURNED -> LOAN_RETURNED;
        };
    }
}
