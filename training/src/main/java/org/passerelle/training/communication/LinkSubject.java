package org.passerelle.training.communication;

import java.time.Instant;

import jakarta.annotation.Nullable;

/** What a one-click link is about: no more than the learner needs to recognise its training. */
public record LinkSubject(LinkPurpose purpose, String courseTitle, @Nullable Instant startsAt,
        @Nullable Instant endsAt, String organisationName) {
}
