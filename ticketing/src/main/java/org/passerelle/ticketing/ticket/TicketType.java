package org.passerelle.ticketing.ticket;

public enum TicketType {
    /** A request for help ("demande d'assistance"). */
    ASSISTANCE,
    /** A purchase-order request ("bon de commande"), approved by the structure before the agency acts. */
    PURCHASE_ORDER
}
