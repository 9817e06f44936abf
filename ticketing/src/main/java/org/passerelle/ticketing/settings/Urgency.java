package org.passerelle.ticketing.settings;

public enum Urgency {
    LOW, MEDIUM, HIGH, CRITICAL
}
