package org.passerelle.training.export;

import java.util.Map;
import java.util.UUID;

import org.passerelle.core.person.PeopleDirectory.Contact;

/**
 * The learners' names and emails and the member structures' names of an export, read from core once: a row's ids
 * become the cells the CSV shows.
 */
record Names(Map<UUID, Contact> people, Map<UUID, String> members) {

    private static final Contact UNKNOWN = new Contact(null, null);

    /** An enrolment row, learner id at 4 and member id at 5: learner, email, member (empty when none). */
    Object[] enrolment(Object[] row) {
        Object[] cells = withContact(row, 4);
        cells[6] = row[5] == null ? null : members.get((UUID) row[5]);
        return cells;
    }

    /** An attendance row, learner id at 4: learner, email. */
    Object[] attendance(Object[] row) {
        return withContact(row, 4);
    }

    /** The row with the person id at {@code at} replaced by two cells, its name and email. */
    private Object[] withContact(Object[] row, int at) {
        Contact contact = people.getOrDefault((UUID) row[at], UNKNOWN);
        Object[] cells = new Object[row.length + 1];
        System.arraycopy(row, 0, cells, 0, at);
        cells[at] = contact.name();
        cells[at + 1] = contact.email();
        System.arraycopy(row, at + 1, cells, at + 2, row.length - at - 1);
        return cells;
    }
}
