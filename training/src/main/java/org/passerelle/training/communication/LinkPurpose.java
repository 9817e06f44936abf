package org.passerelle.training.communication;

/** What a one-click link does: confirm the place, answer the hot or cold survey, refuse survey invitations. */
public enum LinkPurpose {
    CONFIRM, HOT_SURVEY, COLD_SURVEY, OPT_OUT
}
