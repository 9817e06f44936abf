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
