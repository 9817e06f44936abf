package org.passerelle.ticketing.ticket;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "passerelle.ticketing")
public interface TicketingConfig {

    /** How often overdue tickets are flagged and expired resolutions closed. */
    @WithDefault("60s")
    String slaCheckInterval();

    Attachments attachments();

    /** How long the link of a satisfaction invitation rates its ticket, in days. */
    @WithDefault("14")
    int ratingLinkDays();

    /**
     * The page a satisfaction invitation links to, the token appended: the portal's rating page, which reads and
     * posts {@code /api/v1/public/rating/{token}}.
     */
    @WithDefault("http://localhost:8080/api/v1/public/rating/")
    String ratingLink();

    Search search();

    /** The most matches of a full-text search sorted by creation; past them, the tickets are walked by creation. */
    interface Search {
        /** For staff, over the organisation's tickets. */
        @WithDefault("10000")
        int sortedMatches();

        /** For a requester, whose walk goes over its structure's tickets only. */
        @WithDefault("1000")
        int sortedMatchesOfAStructure();
    }

    interface Attachments {
        /** Largest attachment, in bytes. */
        @WithDefault("10485760")
        int maxSize();

        /** Accepted media types: documents, images, text, archives. */
        @WithDefault("application/pdf,image/png,image/jpeg,image/gif,text/plain,text/csv,application/zip,"
                + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        List<String> allowedTypes();
    }
}
