package org.passerelle.mission.indicator;

/** What an indicator measures: means put in, results obtained, or impact on the world. */
public enum IndicatorType {
    MEANS, RESULT, IMPACT
}
