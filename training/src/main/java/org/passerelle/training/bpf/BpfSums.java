package org.passerelle.training.bpf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.passerelle.core.indicator.Period;

/**
 * The BPF's figures as sums over its records (the enrolments of {@code GET …/bpf/{year}/records}), taken grouped by
 * their classification, and over the hours each trainer taught: no figure is computed any other way, so each one is
 * traceable to the lines behind it.
 */
final class BpfSums {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * The enrolments of one classification that held a seat in a session held in the year: how many, how many
     * attended some time, the sum of their prices and of their minutes attended.
     */
    record Lines(String fundingSource, String traineeType, String bpfObjective, String specialityCode,
            String specialityLabel, long records, long attended, BigDecimal price, BigDecimal minutes) {
    }

    /** A trainer of sessions held in the year: staff (internal) or not (external), and the hours it taught. */
    record Taught(boolean staff, BigDecimal hours) {
    }

    private BpfSums() {
    }

    static Bpf of(int year, Period period, List<Lines> lines, List<Taught> taught) {
        Map<String, Bpf.Revenue> revenue = new TreeMap<>();
        for (Lines l : lines) {
            revenue.merge(l.fundingSource(), new Bpf.Revenue(l.fundingSource(), l.records(), l.price()),
                    (a, b) -> new Bpf.Revenue(a.fundingSource(), a.enrolments() + b.enrolments(),
                            a.amountEur().add(b.amountEur())));
        }
        BigDecimal total = lines.stream().map(Lines::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, String> labels = labels(lines);
        List<Bpf.Speciality> top = trainees(lines, Lines::specialityCode).values().stream()
                .filter(t -> t.key() != null)
                .map(t -> new Bpf.Speciality(t.key(), labels.get(t.key()), t.trainees(), t.hours()))
                .sorted(Comparator.comparing(Bpf.Speciality::hours).reversed().thenComparing(Bpf.Speciality::code))
                .limit(5).toList();
        return new Bpf(year, period, List.copyOf(revenue.values()), total, trainers(taught),
                List.copyOf(trainees(lines, Lines::traineeType).values()),
                List.copyOf(trainees(lines, Lines::bpfObjective).values()), top,
                lines.stream().mapToLong(Lines::records).sum());
    }

    /** Section E: internal trainers first, headcount and hours taught (to the tenth). */
    static List<Bpf.Trainers> trainers(List<Taught> taught) {
        Map<String, Bpf.Trainers> byCategory = new TreeMap<>(Comparator.reverseOrder());
        for (Taught t : taught) {
            String category = t.staff() ? "INTERNAL" : "EXTERNAL";
            byCategory.merge(category, new Bpf.Trainers(category, 1, t.hours()),
                    (a, b) -> new Bpf.Trainers(category, a.headcount() + 1, a.hours().add(b.hours())));
        }
        return byCategory.values().stream().map(t -> new Bpf.Trainers(t.category(), t.headcount(),
                t.hours().setScale(1, RoundingMode.HALF_UP))).toList();
    }

    /**
     * Trainees and hours by a key, in the key's order (a null key last): trainees are the lines with time attended,
     * hours the minutes summed, then rounded to the tenth.
     */
    private static Map<String, Bpf.Trainees> trainees(List<Lines> lines, Function<Lines, String> key) {
        // Summed in minutes, converted once at the end: rounding each line would drift.
        Map<String, Bpf.Trainees> sums = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Lines l : lines) {
            String k = key.apply(l);
            sums.merge(k, new Bpf.Trainees(k, l.attended(), l.minutes()),
                    (a, b) -> new Bpf.Trainees(k, a.trainees() + b.trainees(), a.hours().add(b.hours())));
        }
        sums.replaceAll((k, minutes) -> new Bpf.Trainees(k, minutes.trainees(), hours(minutes.hours())));
        return sums;
    }

    /** The greatest label given for each speciality code (courses of one NSF code normally give the same). */
    private static Map<String, String> labels(List<Lines> lines) {
        Map<String, String> labels = new HashMap<>();
        lines.stream().filter(l -> l.specialityCode() != null && l.specialityLabel() != null).forEach(l -> labels
                .merge(l.specialityCode(), l.specialityLabel(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return labels;
    }

    /** Minutes as hours to the tenth. */
    static BigDecimal hours(BigDecimal minutes) {
        return minutes.divide(SIXTY, 1, RoundingMode.HALF_UP);
    }
}
