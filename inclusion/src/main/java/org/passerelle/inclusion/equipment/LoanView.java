package org.passerelle.inclusion.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.core.persistence.Versioned;

/**
 * A loan, its device and beneficiary, and (on a single read) its training path.
 *
 * @param memberId the member structure that referred the beneficiary
 * @param path     the path's progress; null in lists
 */
public record LoanView(UUID id, UUID itemId, String serialNumber, UUID beneficiaryId, String beneficiaryName,
        @Nullable UUID memberId, List<UUID> enrolmentIds, LoanStatus status, LocalDate lentOn,
        @Nullable LocalDate pathEndedOn, @Nullable LocalDate settledOn, @Nullable String note,
        @Nullable PathView path, long version) implements Versioned {
}
