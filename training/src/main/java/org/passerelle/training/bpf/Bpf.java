package org.passerelle.training.bpf;

import java.math.BigDecimal;
import java.util.List;

import org.passerelle.core.indicator.Period;

/**
 * The figures of the bilan pédagogique et financier (cerfa 10443) for a fiscal year, from the enrolments that
 * held a seat in sessions held that year. Every figure is a sum over the lines of
 * {@code GET …/bpf/{year}/records}, which lists those enrolments with their classification.
 *
 * @param revenue         section C: revenue by funding source (the enrolment's price, else the course's)
 * @param trainers        section E: internal (staff) and external trainers, headcount and hours taught
 * @param byTraineeType   section F-1: trainees and hours by type of trainee
 * @param byObjective     section F-3: trainees and hours by the courses' general objective
 * @param topSpecialities section F-4: the five specialities (NSF codes) with the most hours
 * @param records         how many enrolments the figures are computed from
 */
public record Bpf(int year, Period period, List<Revenue> revenue, BigDecimal totalRevenue, List<Trainers> trainers,
        List<Trainees> byTraineeType, List<Trainees> byObjective, List<Speciality> topSpecialities, long records) {

    public record Revenue(String fundingSource, long enrolments, BigDecimal amountEur) {
    }

    /** @param category INTERNAL (staff trainers) or EXTERNAL (independent, or without a trainer profile) */
    public record Trainers(String category, long headcount, BigDecimal hours) {
    }

    /** @param trainees enrolments with attended time; @param hours hours attended ("heures-stagiaires") */
    public record Trainees(String key, long trainees, BigDecimal hours) {
    }

    public record Speciality(String code, String label, long trainees, BigDecimal hours) {
    }
}
