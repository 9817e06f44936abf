package org.passerelle.core.webhook;

public enum DeliveryStatus {
    PENDING, DELIVERED, PARKED
}
