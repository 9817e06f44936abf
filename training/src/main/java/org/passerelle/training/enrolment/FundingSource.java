package org.passerelle.training.enrolment;

/** Who pays, as section C of the BPF groups revenue. */
public enum FundingSource {
    EMPLOYER, OPCO, PUBLIC_AUTHORITY, FRANCE_TRAVAIL, CPF, INDIVIDUAL, OTHER
}
