package org.passerelle.mission.report;

import org.passerelle.core.persistence.Versioned;

public record FindingsView(int year, String findings, long version) implements Versioned {
}
