package org.passerelle.ticketing.settings;

public enum Impact {
    LOW, MEDIUM, HIGH, CRITICAL
}
