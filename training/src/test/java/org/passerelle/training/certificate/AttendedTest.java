package org.passerelle.training.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.passerelle.core.error.ConflictException;

/** What the certificate and the attestation state of the time attended, without a database. */
class AttendedTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId REUNION = ZoneId.of("Indian/Reunion");
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @Test
    void no_document_without_attendance() {
        ConflictException refused = assertThrows(ConflictException.class, () -> Attended.of(0,
                Instant.parse("2024-03-29T08:00:00Z"), Instant.parse("2024-04-02T08:00:00Z"), Instant.EPOCH, PARIS,
                TODAY));
        assertEquals("training.certificate.no-attendance", refused.messageKey());
    }

    @Test
    void the_dates_are_the_session_s_first_and_last_days_in_the_organisation_s_zone() {
        // 29 March 21:00 UTC is already 30 March in Réunion (UTC+4), not yet in Paris (UTC+1).
        Instant start = Instant.parse("2024-03-29T21:00:00Z");
        Instant end = Instant.parse("2024-04-02T08:00:00Z");
        assertEquals(new Attended(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 2), new BigDecimal("4.50")),
                Attended.of(270, start, end, Instant.EPOCH, PARIS, TODAY));
        assertEquals(LocalDate.of(2024, 3, 30), Attended.of(270, start, end, Instant.EPOCH, REUNION, TODAY).from());
    }

    @Test
    void a_self_paced_session_without_slots_runs_from_the_enrolment_to_today() {
        Attended a = Attended.of(95, null, null, Instant.parse("2024-05-02T10:00:00Z"), PARIS, TODAY);
        assertEquals(LocalDate.of(2024, 5, 2), a.from());
        assertEquals(TODAY, a.to());
    }

    @Test
    void hours_are_given_to_the_hundredth() {
        Instant start = Instant.parse("2024-03-29T08:00:00Z");
        assertEquals(new BigDecimal("1.58"), Attended.of(95, start, start, Instant.EPOCH, PARIS, TODAY).hours());
        assertEquals(new BigDecimal("0.02"), Attended.of(1, start, start, Instant.EPOCH, PARIS, TODAY).hours());
        assertEquals(new BigDecimal("180.00"), Attended.of(10800, start, start, Instant.EPOCH, PARIS, TODAY).hours());
    }
}
