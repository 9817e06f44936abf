package org.passerelle.inclusion.equipment;

/** Why a person is eligible to the programme, as the follow-up sheet records it. */
public enum Eligibility {
    MINIMA_SOCIAUX, JOB_SEEKER, YOUNG_IN_INTEGRATION, SENIOR, LOW_INCOME, OTHER
}
