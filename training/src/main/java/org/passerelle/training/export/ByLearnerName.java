package org.passerelle.training.export;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.passerelle.core.export.CsvRows;

/**
 * Writes rows that arrive ordered by a group column (a half-day's start) with each group's rows sorted by learner
 * name (French order, unnamed last), then by their last cell (the line's id), which is not written. Only one group
 * is held in memory: the names come from core, so the SQL cannot order by them.
 */
final class ByLearnerName {

    private final int group;
    private final Comparator<Object[]> order;
    private final CsvRows out;
    private final List<Object[]> pending = new ArrayList<>();

    ByLearnerName(int group, int name, CsvRows out) {
        this.group = group;
        Collator collator = Collator.getInstance(Locale.FRENCH);
        this.order = Comparator.<Object[], String>comparing(r -> (String) r[name],
                Comparator.nullsLast(collator::compare)).thenComparing(r -> r[r.length - 1].toString());
        this.out = out;
    }

    void add(Object[] row) {
        if (!pending.isEmpty() && !Objects.equals(pending.get(0)[group], row[group])) {
            flush();
        }
        pending.add(row);
    }

    /** Writes the group held; called once more after the last row. */
    void flush() {
        pending.sort(order);
        pending.forEach(r -> out.row(Arrays.copyOf(r, r.length - 1)));
        pending.clear();
    }
}
