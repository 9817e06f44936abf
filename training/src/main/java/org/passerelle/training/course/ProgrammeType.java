package org.passerelle.training.course;

/** Why a course exists: the public catalogue, a regional programme, or a specific request of a client. */
public enum ProgrammeType {
    CATALOGUE, REGIONAL_PROGRAMME, SPECIFIC_REQUEST
}
