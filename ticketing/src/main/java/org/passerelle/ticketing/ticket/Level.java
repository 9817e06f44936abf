package org.passerelle.ticketing.ticket;

/** Support level: N1 answers, N2 handles what needs a specialist. */
public enum Level {
    N1, N2
}
