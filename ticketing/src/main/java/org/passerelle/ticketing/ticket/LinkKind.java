package org.passerelle.ticketing.ticket;

public enum LinkKind {
    RELATED, DUPLICATE_OF
}
