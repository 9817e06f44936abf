package org.passerelle.core.indicator;

public enum Unit {
    COUNT, PERCENT, HOURS, DAYS, MINUTES, EUROS, SCORE
}
