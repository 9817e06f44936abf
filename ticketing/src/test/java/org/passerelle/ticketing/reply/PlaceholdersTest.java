package org.passerelle.ticketing.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void known_placeholders_are_filled_wherever_they_are() {
        String filled = Placeholders.fill("Bonjour {{requester}}, votre demande {{ reference }} est suivie par {{agent}}.",
                Map.of("requester", "Mme Dupuy", "reference", "T-2025-000123", "agent", "Léo"));
        assertEquals("Bonjour Mme Dupuy, votre demande T-2025-000123 est suivie par Léo.", filled);
    }

    @Test
    void an_unknown_placeholder_stays_visible_and_a_missing_value_is_empty() {
        Map<String, String> values = new HashMap<>();
        values.put("requester", null);
        assertEquals("Bonjour , {{signature}}", Placeholders.fill("Bonjour {{requester}}, {{signature}}", values));
    }

    @Test
    void values_are_inserted_literally() {
        assertEquals("Coût : $1 \\ 2", Placeholders.fill("Coût : {{agent}}", Map.of("agent", "$1 \\ 2")));
    }
}
