package org.passerelle.ticketing.ticket;

/** A stored file, to send back as it was received. */
public record AttachmentContent(AttachmentView attachment, byte[] data) {
}
