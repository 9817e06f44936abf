package org.passerelle.ticketing.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.ticketing.ticket.Tickets.SLA;
import static org.passerelle.ticketing.ticket.Tickets.paris;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.ConflictException;

/** What the transitions do to the SLA clock, the dates and the history, with the agency's calendar. */
class TicketRulesTest {

    @Test
    void a_request_opens_new_with_its_sla_running_and_a_purchase_order_awaits_approval_without_one() {
        Ticket request = Tickets.inStatus(Status.NEW);
        request.open(SLA, paris("2025-03-17T09:00"));
        assertEquals(Status.NEW, request.status);
        assertEquals(paris("2025-03-17T10:00"), request.firstResponseDueAt);
        assertEquals(paris("2025-03-17T14:00"), request.resolutionDueAt, "4 business hours across lunch");

        Ticket order = Tickets.inStatus(Status.NEW);
        order.type = TicketType.PURCHASE_ORDER;
        order.slaStartedAt = null;
        order.open(SLA, paris("2025-03-17T09:00"));
        assertEquals(Status.AWAITING_APPROVAL, order.status);
        assertNull(order.slaStartedAt);
        assertNull(order.resolutionDueAt);

        order.approve(SLA, paris("2025-03-18T16:00"));
        assertEquals(paris("2025-03-18T16:00"), order.slaStartedAt, "the SLA starts at the approval");
        assertEquals(paris("2025-03-18T17:00"), order.firstResponseDueAt);
    }

    @Test
    void taking_a_new_ticket_assigns_it_and_is_its_first_response() {
        Ticket t = Tickets.inStatus(Status.NEW);
        t.firstResponseDueAt = paris("2025-03-17T10:00");
        UUID agent = UUID.randomUUID();
        List<Ticket.Change> changes = t.assign(agent, paris("2025-03-17T10:30"));
        assertEquals(List.of(new Ticket.Change("assigned", "assignee", null, agent.toString()),
                new Ticket.Change("taken", "status", "NEW", "IN_PROGRESS")), changes);
        assertEquals(paris("2025-03-17T10:30"), t.firstRespondedAt);
        assertTrue(t.firstResponseBreached, "answered after the due date");
        assertEquals(List.of(), t.assign(agent, paris("2025-03-17T11:00")), "the same agent again changes nothing");
        assertEquals(paris("2025-03-17T10:30"), t.firstRespondedAt, "only the first response counts");
    }

    @Test
    void waiting_for_the_requester_pushes_the_resolution_back_by_the_business_time_waited() {
        Ticket t = Tickets.inStatus(Status.IN_PROGRESS);
        t.resolutionDueAt = paris("2025-03-17T14:30");
        t.waitForRequester(paris("2025-03-17T10:00"));
        t.resume(SLA, paris("2025-03-17T15:00"));
        // 10:00-12:30 and 13:30-15:00: 4 business hours waited.
        assertEquals(Duration.ofHours(4).toSeconds(), t.pausedBusinessSeconds);
        assertNull(t.waitingSince);
        assertEquals(paris("2025-03-18T09:00"), t.resolutionDueAt, "4 h target + 4 h waited from Monday 9:00");
    }

    @Test
    void resolving_a_waiting_ticket_resumes_it_first_and_keeps_its_processing_times() {
        Ticket t = Tickets.inStatus(Status.WAITING);
        t.resolutionDueAt = paris("2025-03-17T14:30");
        List<Ticket.Change> changes = t.resolve(SLA, paris("2025-03-18T09:30"));
        assertEquals(List.of("resumed", "resolved"), changes.stream().map(Ticket.Change::action).toList());
        assertEquals(Duration.ofHours(24).plusMinutes(30).toSeconds(), t.processingSeconds);
        assertEquals(Duration.ofMinutes(8 * 60 + 30).toSeconds(), t.processingBusinessSeconds,
                "Monday 9:00-17:30 minus lunch, Tuesday 8:30-9:30");
        assertEquals(paris("2025-03-18T12:30"), t.resolutionDueAt, "7 h 30 waited push the 4 h target to Tuesday");
        assertFalse(t.resolutionBreached);
        assertEquals(paris("2025-03-18T09:30"), t.firstRespondedAt);
    }

    @Test
    void resolving_after_the_due_date_is_a_breach() {
        Ticket t = Tickets.inStatus(Status.IN_PROGRESS);
        t.resolutionDueAt = paris("2025-03-17T14:30");
        t.resolve(SLA, paris("2025-03-17T15:00"));
        assertTrue(t.resolutionBreached);
    }

    @Test
    void a_resolved_ticket_reopens_within_its_window_and_expires_after_it() {
        // Resolved Friday 14 March; 2 business days: Monday and Tuesday, so the window ends Tuesday at midnight.
        Ticket t = Tickets.inStatus(Status.RESOLVED);
        t.resolvedAt = paris("2025-03-14T11:00");
        assertEquals(paris("2025-03-19T00:00"), SLA.closingDeadline(t.resolvedAt));
        assertEquals(Optional.empty(), t.expire(SLA, paris("2025-03-18T23:59")));

        ConflictException late = assertThrows(ConflictException.class, () -> t.reopen(SLA, paris("2025-03-19T00:01")));
        assertEquals("ticketing.ticket.reopen-window-over", late.messageKey());

        t.reopen(SLA, paris("2025-03-18T23:59"));
        assertEquals(Status.IN_PROGRESS, t.status);
        assertNull(t.resolvedAt);
        assertNull(t.processingSeconds);
    }

    @Test
    void an_expired_resolution_closes_as_the_system() {
        Ticket t = Tickets.inStatus(Status.RESOLVED);
        t.resolvedAt = paris("2025-03-14T11:00");
        Instant later = paris("2025-03-19T08:00");
        assertEquals(Optional.of(new Ticket.Change("closed", "status", "RESOLVED", "CLOSED")), t.expire(SLA, later));
        assertEquals(Status.CLOSED, t.status);
        assertEquals(later, t.closedAt);
        assertEquals(Optional.empty(), t.expire(SLA, later), "closed once");
    }

    @Test
    void the_closing_window_skips_weekends_and_holidays() {
        // Resolved Thursday 17 April 2025: Friday 18, then Easter Monday is closed, so Tuesday 22.
        assertEquals(paris("2025-04-23T00:00"), SLA.closingDeadline(paris("2025-04-17T16:00")));
    }

    @Test
    void escalating_applies_the_n2_target_once() {
        Ticket t = Tickets.inStatus(Status.IN_PROGRESS);
        assertEquals(List.of(new Ticket.Change("escalated", "level", "N1", "N2")), t.escalate(SLA));
        assertEquals(Level.N2, t.level);
        assertEquals(paris("2025-03-18T09:00"), t.resolutionDueAt, "8 business hours from Monday 9:00");
        ConflictException again = assertThrows(ConflictException.class, () -> t.escalate(SLA));
        assertEquals("ticketing.ticket.already-n2", again.messageKey());
    }

    @Test
    void recategorising_counts_and_reroutes_and_refuses_the_same_category() {
        Ticket t = Tickets.inStatus(Status.NEW);
        UUID otherTeam = UUID.randomUUID();
        var category = Tickets.category(otherTeam);
        List<Ticket.Change> changes = t.recategorise(category.id(), id -> category);
        assertEquals(List.of("recategorised", "rerouted"), changes.stream().map(Ticket.Change::action).toList());
        assertEquals(otherTeam, t.teamId);
        assertEquals(1, t.recategorised);
        ConflictException same = assertThrows(ConflictException.class,
                () -> t.recategorise(category.id(), id -> { throw new AssertionError("not looked up"); }));
        assertEquals("ticketing.ticket.same-category", same.messageKey());
    }

    @Test
    void a_refused_recategorisation_never_looks_the_category_up() {
        Ticket t = Tickets.inStatus(Status.CLOSED);
        assertThrows(ConflictException.class,
                () -> t.recategorise(UUID.randomUUID(), id -> { throw new AssertionError("not looked up"); }));
    }

    @Test
    void a_ticket_is_rated_once() {
        Ticket t = Tickets.inStatus(Status.RESOLVED);
        assertEquals(List.of(new Ticket.Change("rated", "satisfaction", null, "5")), t.rate(5, "Merci"));
        ConflictException again = assertThrows(ConflictException.class, () -> t.rate(4, null));
        assertEquals("ticketing.ticket.already-rated", again.messageKey());
        assertEquals(5, t.satisfactionScore);
    }

    @Test
    void references_count_per_year_on_six_digits() {
        assertEquals("T-2025-000042", TicketReference.format(2025, 42));
        assertEquals("T-2026-1234567", TicketReference.format(2026, 1_234_567));
    }
}
