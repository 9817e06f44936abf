package org.passerelle.core.mail;

/** Where an outgoing e-mail stands: waiting (first try or retry), sent, or parked after too many failures. */
public enum MailStatus {
    PENDING, SENT, PARKED
}
