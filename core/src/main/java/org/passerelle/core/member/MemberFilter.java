package org.passerelle.core.member;

import java.util.UUID;

/**
 * Filters of the member list; every field is optional.
 *
 * @param q         words found in the name, SIRET or INSEE code (case-insensitive)
 * @param serviceId members with a subscription to this service active today
 */
public record MemberFilter(String q, MemberKind kind, Boolean active, PopulationStratum stratum, String inseeCode,
        UUID serviceId) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null, null);
    }
}
