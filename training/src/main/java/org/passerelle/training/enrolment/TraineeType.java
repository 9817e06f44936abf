package org.passerelle.training.enrolment;

/** The kind of trainee, as section F-1 of the BPF (cerfa 10443) counts them. */
public enum TraineeType {
    EMPLOYEE, APPRENTICE, JOBSEEKER, INDIVIDUAL, OTHER
}
