package org.passerelle.training.course;

/**
 * Criteria of a catalogue search; null means "any".
 *
 * @param q         words in the code or title
 * @param published true for the public catalogue only
 */
public record CourseFilter(String q, Modality modality, ProgrammeType programmeType, String tag, Boolean published) {
}
