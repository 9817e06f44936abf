package org.passerelle.training.attendance;

public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
