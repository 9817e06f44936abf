package org.passerelle.core.person;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Roles inside one organisation. They live in the database (memberships), never in tokens. */
public enum Role {
    ADMIN, AGENT, TRAINER, REQUESTER, LEARNER, COMMITTEE, AUDITOR, PARTNER;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Role fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role: " + code));
    }
}
