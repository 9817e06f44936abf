package org.passerelle.ticketing.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.passerelle.ticketing.ticket.Status.AWAITING_APPROVAL;
import static org.passerelle.ticketing.ticket.Status.CANCELLED;
import static org.passerelle.ticketing.ticket.Status.CLOSED;
import static org.passerelle.ticketing.ticket.Status.IN_PROGRESS;
import static org.passerelle.ticketing.ticket.Status.NEW;
import static org.passerelle.ticketing.ticket.Status.RESOLVED;
import static org.passerelle.ticketing.ticket.Status.WAITING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.core.error.ConflictException;

/**
 * Every action on a ticket in every status: allowed ones reach their status, refused ones are a 409 that leaves the
 * ticket as it was. Effects on the SLA clock are in {@link TicketRulesTest}.
 */
class TicketStateMachineTest {

    /** Just after the tickets' resolution: inside the reopening window. */
    static final Instant NOW = Tickets.paris("2025-03-17T11:30");

    record Action(String name, Consumer<Ticket> apply, Map<Status, Status> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Action> ACTIONS = List.of(
            new Action("approve", t -> t.approve(Tickets.SLA, NOW), Map.of(AWAITING_APPROVAL, NEW)),
            new Action("assign", t -> t.assign(UUID.randomUUID(), NOW), Map.of(NEW, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS)),
            new Action("wait", t -> t.waitForRequester(NOW), Map.of(IN_PROGRESS, WAITING)),
            new Action("resume", t -> t.resume(Tickets.SLA, NOW), Map.of(WAITING, IN_PROGRESS)),
            new Action("resolve", t -> t.resolve(Tickets.SLA, NOW), Map.of(IN_PROGRESS, RESOLVED, WAITING, RESOLVED)),
            new Action("close", t -> t.close(NOW), Map.of(RESOLVED, CLOSED)),
            new Action("reopen", t -> t.reopen(Tickets.SLA, NOW), Map.of(RESOLVED, IN_PROGRESS)),
            new Action("cancel (requester)", t -> t.cancel(false, NOW),
                    Map.of(AWAITING_APPROVAL, CANCELLED, NEW, CANCELLED)),
            new Action("cancel (staff)", t -> t.cancel(true, NOW), Map.of(AWAITING_APPROVAL, CANCELLED, NEW, CANCELLED,
                    IN_PROGRESS, CANCELLED, WAITING, CANCELLED)),
            new Action("escalate", t -> t.escalate(Tickets.SLA), Map.of(NEW, NEW, IN_PROGRESS, IN_PROGRESS,
                    WAITING, WAITING)),
            new Action("recategorise", t -> t.recategorise(UUID.randomUUID(), id -> Tickets.category(Tickets.TEAM)),
                    Map.of(AWAITING_APPROVAL, AWAITING_APPROVAL, NEW, NEW, IN_PROGRESS, IN_PROGRESS, WAITING, WAITING)),
            new Action("rate", t -> t.rate(4, null), Map.of(RESOLVED, RESOLVED, CLOSED, CLOSED)),
            new Action("merge", t -> t.mergeInto(Tickets.inStatus(NEW), NOW), Map.of(AWAITING_APPROVAL, CLOSED,
                    NEW, CLOSED, IN_PROGRESS, CLOSED, WAITING, CLOSED, RESOLVED, CLOSED)),
            new Action("follow up", Ticket::requireFollowUps, Map.of(AWAITING_APPROVAL, AWAITING_APPROVAL, NEW, NEW,
                    IN_PROGRESS, IN_PROGRESS, WAITING, WAITING, RESOLVED, RESOLVED)));

    static Stream<Arguments> everyActionInEveryStatus() {
        List<Arguments> all = new ArrayList<>();
        for (Action action : ACTIONS) {
            for (Status status : Status.values()) {
                all.add(Arguments.of(action, status));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionInEveryStatus")
    void an_action_is_allowed_exactly_from_its_statuses(Action action, Status from) {
        Ticket t = Tickets.inStatus(from);
        Status expected = action.allowed().get(from);
        if (expected != null) {
            action.apply().accept(t);
            assertEquals(expected, t.status);
        } else {
            ConflictException refused = assertThrows(ConflictException.class, () -> action.apply().accept(t));
            assertEquals(from, t.status, "a refused action leaves the status");
            assertEquals(EnumSet.of(Status.CLOSED, Status.CANCELLED).contains(from) && action.name().equals("follow up")
                    ? "ticketing.ticket.final" : action.name().equals("merge") ? "ticketing.link.merge-final"
                    : "ticketing.ticket.invalid-transition", refused.messageKey());
        }
    }

    @ParameterizedTest
    @MethodSource("everyStatus")
    void a_duplicate_never_merges_into_a_closed_or_cancelled_original(Status originalStatus) {
        Ticket duplicate = Tickets.inStatus(NEW);
        Ticket original = Tickets.inStatus(originalStatus);
        if (originalStatus.isFinal()) {
            assertThrows(ConflictException.class, () -> duplicate.mergeInto(original, NOW));
            assertEquals(NEW, duplicate.status);
        } else {
            Ticket.Change merged = duplicate.mergeInto(original, NOW);
            assertEquals(new Ticket.Change("merged", "status", "NEW", "CLOSED"), merged);
            assertEquals(original.id, duplicate.mergedIntoId);
            assertEquals(NOW, duplicate.closedAt);
        }
    }

    static Stream<Status> everyStatus() {
        return Stream.of(Status.values());
    }
}
