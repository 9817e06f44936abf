package org.passerelle.training.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.person.PeopleDirectory.Contact;

/** How the exports turn ids into names and order each half-day's lines, without a database. */
class ExportRowsTest {

    static final UUID ANNE = UUID.randomUUID();
    static final UUID EMILE = UUID.randomUUID();
    static final UUID MAIRIE = UUID.randomUUID();
    static final Names NAMES = new Names(Map.of(ANNE, new Contact("Anne Dupré", "anne@example.org"),
            EMILE, new Contact("Émile Zola", "emile@example.org")), Map.of(MAIRIE, "Mairie de Linxe"));

    @Test
    void an_enrolment_row_shows_the_learner_its_email_and_member_structure() {
        Object[] row = { "e1", "TAB-01", "s1", "start", ANNE, MAIRIE, "employer", "EMPLOYEE", "OPCO", "SELECTED",
                "created", 0, null, null };
        assertArrayEquals(new Object[] { "e1", "TAB-01", "s1", "start", "Anne Dupré", "anne@example.org",
                "Mairie de Linxe", "employer", "EMPLOYEE", "OPCO", "SELECTED", "created", 0, null, null },
                NAMES.enrolment(row));
    }

    @Test
    void without_member_structure_or_membership_the_cells_are_empty() {
        Object[] row = { "e1", "TAB-01", "s1", "start", UUID.randomUUID(), null, "employer" };
        assertArrayEquals(new Object[] { "e1", "TAB-01", "s1", "start", null, null, null, "employer" },
                NAMES.enrolment(row));
    }

    @Test
    void an_attendance_row_shows_the_learner_and_its_email() {
        Object[] row = { "TAB-01", "s1", "start", "end", EMILE, "PRESENT", 90, 90, null, null, "a1" };
        assertArrayEquals(new Object[] { "TAB-01", "s1", "start", "end", "Émile Zola", "emile@example.org",
                "PRESENT", 90, 90, null, null, "a1" }, NAMES.attendance(row));
    }

    @Test
    void each_half_day_s_lines_are_sorted_by_name_in_french_order_unnamed_last_then_by_line() {
        Instant morning = Instant.parse("2024-03-29T08:00:00Z");
        Instant afternoon = Instant.parse("2024-03-29T12:30:00Z");
        List<List<Object>> written = new ArrayList<>();
        ByLearnerName sorted = new ByLearnerName(0, 1, cells -> written.add(Arrays.asList(cells)));
        sorted.add(new Object[] { morning, "Zoé", "a1" });
        sorted.add(new Object[] { morning, null, "a2" });
        sorted.add(new Object[] { morning, "Émile", "a3" });
        sorted.add(new Object[] { morning, "Anne", "a5" });
        sorted.add(new Object[] { morning, "Anne", "a4" });
        sorted.add(new Object[] { afternoon, "Zoé", "a6" });
        sorted.add(new Object[] { afternoon, "Anne", "a7" });
        assertEquals(5, written.size(), "a group is written when the next begins");
        sorted.flush();
        // "Émile" before "Zoé" (a byte order would put it last); the id breaks ties and is not written.
        assertEquals(List.of(List.of(morning, "Anne"), List.of(morning, "Anne"), List.of(morning, "Émile"),
                List.of(morning, "Zoé"), Arrays.asList(morning, null), List.of(afternoon, "Anne"),
                List.of(afternoon, "Zoé")), written);
    }

    @Test
    void ties_on_the_name_keep_the_lines_in_id_order() {
        Instant morning = Instant.parse("2024-03-29T08:00:00Z");
        List<List<Object>> written = new ArrayList<>();
        ByLearnerName sorted = new ByLearnerName(0, 1, cells -> written.add(Arrays.asList(cells)));
        sorted.add(new Object[] { morning, "Anne", "second", "b" });
        sorted.add(new Object[] { morning, "Anne", "first", "a" });
        sorted.flush();
        assertEquals(List.of(List.of(morning, "Anne", "first"), List.of(morning, "Anne", "second")), written);
    }
}
