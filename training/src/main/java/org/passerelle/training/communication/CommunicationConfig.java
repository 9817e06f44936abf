package org.passerelle.training.communication;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "passerelle.training.communications")
public interface CommunicationConfig {

    /** How often the job looks for communications due (read by its @Scheduled expression). */
    @WithDefault("1m")
    Duration interval();

    /** Days before the first half-day the convocation goes out. */
    @WithDefault("7")
    int convocationDays();

    /**
     * How late a survey invitation may still go out: a session that ended longer ago (an import, a job down for
     * days) gets none, rather than a flood of stale invitations.
     */
    @WithDefault("7d")
    Duration catchUp();

    /** How long a survey link answers, in days. */
    @WithDefault("30")
    int surveyLinkDays();

    /**
     * The page the e-mails link to, the token appended: the portal's page, which reads and posts
     * {@code /api/v1/public/training/links/{token}}.
     */
    @WithDefault("http://localhost:8080/api/v1/public/training/links/")
    String link();

    /** Where this API is reached from outside: the one-click refusal of {@code List-Unsubscribe} posts there. */
    @WithDefault("http://localhost:8080")
    String apiUrl();
}
