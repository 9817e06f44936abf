package org.passerelle.ticketing.ticket;

/** The reference people quote: {@code T-<year>-<number>}, numbered from 1 each year per organisation. */
final class TicketReference {

    private TicketReference() {
    }

    static String format(int year, int number) {
        return "T-%d-%06d".formatted(year, number);
    }
}
