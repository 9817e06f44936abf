package org.passerelle.mission.framework;

/**
 * What the framework is: a société à mission's statutory objectives (with committee, Sésame and OTI), or an
 * organisation's free-form extra-financial pillars (a cooperative's) on the same objectives → indicators tree.
 */
public enum FrameworkKind {
    MISSION, EXTRA_FINANCIAL
}
