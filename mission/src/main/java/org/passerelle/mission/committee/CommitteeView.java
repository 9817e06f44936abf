package org.passerelle.mission.committee;

import java.util.List;

/**
 * The committee as it sits on a day, with what the law and good practice ask of it.
 *
 * @param meetings        meetings held in the year
 * @param meetingsTarget  meetings planned per year (three)
 * @param warnings        keys of unmet expectations: {@code no-employee}, {@code no-president},
 *                        {@code referent-not-allowed} (50 employees or more), {@code empty}
 */
public record CommitteeView(List<CommitteeMemberView> members, boolean referentOnly, int meetings, int meetingsTarget,
        List<String> warnings) {
}
