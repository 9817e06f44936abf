package org.passerelle.ticketing.knowledge;

import java.time.Instant;

import jakarta.annotation.Nullable;

/** One kept text of an article: number 1 is the first published (or the draft), each later edit the next. */
public record ArticleVersionView(int number, String title, String body, @Nullable java.util.UUID authorId,
        Instant createdAt) {
}
