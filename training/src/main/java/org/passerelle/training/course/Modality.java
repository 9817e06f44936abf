package org.passerelle.training.course;

/** How a course is delivered; the agency's 2024 report splits its sessions along these lines. */
public enum Modality {
    IN_PERSON, SELF_PACED, VIRTUAL_CLASSROOM, BLENDED
}
