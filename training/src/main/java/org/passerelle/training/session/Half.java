package org.passerelle.training.session;

/** Half of a day: attendance is recorded per half-day. Morning slots start before 13:00, afternoon ones from 12:00. */
public enum Half {
    MORNING, AFTERNOON
}
