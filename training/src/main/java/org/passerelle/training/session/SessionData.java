package org.passerelle.training.session;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A session as planned by the training team.
 *
 * @param synchronousRemote        learners attend remotely and at the same time (virtual classroom)
 * @param minParticipants          below this, the session may be cancelled
 * @param openSourceAlternatives   open-source alternatives to the tools taught are presented
 * @param trainerIds               people with the trainer role who teach it
 * @param selective                enrolments are applications until the team selects among them
 * @param memberPriority           at selection, learners from a member structure of the network go first
 * @param whatToBring              what learners bring (laptop, identity document…), stated on their convocation
 */
public record SessionData(
        @NotNull UUID courseId,
        @Size(max = 500) String place,
        @Size(max = 500) @Pattern(regexp = "https://\\S+") String virtualRoomUrl,
        boolean synchronousRemote,
        @NotNull @Min(1) @Max(10000) Integer capacity,
        @Min(0) @Max(10000) Integer minParticipants,
        boolean openSourceAlternatives,
        @Size(max = 400) List<@NotNull @Valid SlotData> slots,
        @Size(max = 20) List<@NotNull UUID> trainerIds,
        boolean selective,
        boolean memberPriority,
        @Size(max = 2000) String whatToBring) {
}
