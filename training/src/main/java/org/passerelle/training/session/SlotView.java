package org.passerelle.training.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record SlotView(UUID id, LocalDate day, Half half, Instant startsAt, Instant endsAt) {
}
