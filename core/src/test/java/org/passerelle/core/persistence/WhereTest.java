package org.passerelle.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void only_given_filters_add_a_condition_and_every_value_is_bound() {
        Where w = Where.of("e.orgId = :org", "org", "o1")
                .andIfGiven("e.kind = :kind", "kind", "COMMUNE")
                .andIfGiven("e.name like :q", "q", "  ")
                .andIfGiven("e.id in :ids", "ids", List.of())
                .andIfGiven("e.team = :team", "team", null)
                .andIf(true, "e.active")
                .andIf(false, "e.deleted");
        assertEquals(" where e.orgId = :org and e.kind = :kind and e.active", w.clause());
        assertEquals(Map.of("org", "o1", "kind", "COMMUNE"), w.params());
    }

    @Test
    void params_are_a_copy_the_caller_may_extend() {
        Where w = Where.of("e.orgId = :org", "org", 1);
        w.params().put("_id", 2);
        assertEquals(Map.of("org", 1), w.params());
    }

    @Test
    void parameters_go_by_pairs() {
        assertThrows(IllegalArgumentException.class, () -> Where.of("e.a = :a", "a"));
    }
}
