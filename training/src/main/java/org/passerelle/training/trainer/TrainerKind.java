package org.passerelle.training.trainer;

/** Internal (salaried) or external (independent) trainer: section E of the BPF splits them. */
public enum TrainerKind {
    STAFF, INDEPENDENT
}
