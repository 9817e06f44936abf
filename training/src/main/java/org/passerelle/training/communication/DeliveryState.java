package org.passerelle.training.communication;

/** QUEUED in the mail outbox (retried while the mail server refuses it), SENT, or FAILED after every retry. */
public enum DeliveryState {
    QUEUED, SENT, FAILED
}
