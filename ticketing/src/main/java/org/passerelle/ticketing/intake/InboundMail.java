package org.passerelle.ticketing.intake;

import java.util.List;

/**
 * A received message as the intake reads it.
 *
 * @param messageId its {@code Message-ID}, which makes receiving it again harmless
 * @param sender    the address of {@code From}, lower case
 * @param threading {@code In-Reply-To} and {@code References}, where a reply names the ticket it answers
 * @param automatic why it was written by a program (auto-reply, bounce, list), or null for a person's message
 */
public record InboundMail(String messageId, String sender, String subject, String text, String threading,
        String automatic, List<File> files) {

    /** An attached file. */
    public record File(String filename, String contentType, byte[] data) {
    }
}
