package org.passerelle.mission.report;

public record FindingsView(int year, String findings, long version) {
}
