package org.passerelle.mission.sesame;

import java.util.List;

/** One criterion of the grid as shown to a committee member answering it: its name and four levels. */
public record CriterionDescription(Criterion criterion, String label, List<String> levels) {

    public static List<CriterionDescription> grid() {
        return java.util.Arrays.stream(Criterion.values())
                .map(c -> new CriterionDescription(c, c.fr, c.levelsFr)).toList();
    }
}
