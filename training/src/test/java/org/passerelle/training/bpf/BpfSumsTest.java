package org.passerelle.training.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passerelle.core.indicator.Period;

/** The BPF's sections summed from their records, without a database. */
class BpfSumsTest {

    static final Period YEAR = Period.year(2024);

    /** One enrolment's line. */
    static BpfSums.Lines line(String funding, String type, String objective, String speciality, String price,
            String minutes) {
        BigDecimal attended = new BigDecimal(minutes);
        return new BpfSums.Lines(funding, type, objective, speciality, speciality == null ? null : "Label " + speciality,
                1, attended.signum() > 0 ? 1 : 0, new BigDecimal(price), attended);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void section_c_sums_the_prices_by_funding_source_and_in_all() {
        Bpf bpf = BpfSums.of(2024, YEAR, List.of(line("OPCO", "EMPLOYEE", "CQP", null, "2100.00", "10800"),
                line("FRANCE_TRAVAIL", "JOBSEEKER", "CQP", null, "1800.00", "10800"),
                line("OPCO", "EMPLOYEE", "CQP", null, "2100.00", "0")), List.of());
        assertEquals(List.of(new Bpf.Revenue("FRANCE_TRAVAIL", 1, d("1800.00")), new Bpf.Revenue("OPCO", 2, d("4200.00"))),
                bpf.revenue(), "by funding source, in its order");
        assertEquals(d("6000.00"), bpf.totalRevenue());
        assertEquals(3, bpf.records(), "every seated enrolment is a record, attended or not");
    }

    @Test
    void section_f_counts_as_trainees_only_the_records_with_time_attended_and_sums_their_hours() {
        Bpf bpf = BpfSums.of(2024, YEAR, List.of(line("OPCO", "EMPLOYEE", "RNCP_CERTIFICATION", "326", "0", "10800"),
                line("OPCO", "EMPLOYEE", "RNCP_CERTIFICATION", "326", "0", "10800"),
                line("OPCO", "EMPLOYEE", "OTHER_PROFESSIONAL", "326", "0", "0"),
                line("PERSONAL", "JOBSEEKER", "RNCP_CERTIFICATION", "326", "0", "10800")), List.of());
        assertEquals(List.of(new Bpf.Trainees("EMPLOYEE", 2, d("360.0")), new Bpf.Trainees("JOBSEEKER", 1, d("180.0"))),
                bpf.byTraineeType());
        assertEquals(List.of(new Bpf.Trainees("OTHER_PROFESSIONAL", 0, d("0.0")),
                new Bpf.Trainees("RNCP_CERTIFICATION", 3, d("540.0"))), bpf.byObjective());
        assertEquals(List.of(new Bpf.Speciality("326", "Label 326", 3, d("540.0"))), bpf.topSpecialities());
    }

    @Test
    void hours_are_rounded_once_after_summing_the_minutes() {
        // Three learners of 20 minutes: 1.0 hour, where rounding each line (0.3) would give 0.9.
        List<BpfSums.Lines> lines = List.of(line("OPCO", "EMPLOYEE", "CQP", null, "0", "20"),
                line("OPCO", "EMPLOYEE", "CQP", null, "0", "20"), line("OPCO", "EMPLOYEE", "CQP", null, "0", "20"));
        assertEquals(d("1.0"), BpfSums.of(2024, YEAR, lines, List.of()).byTraineeType().get(0).hours());
        assertEquals(d("0.1"), BpfSums.hours(d("3")), "half up");
        assertEquals(d("0.0"), BpfSums.hours(d("2.9")));
    }

    @Test
    void section_f4_keeps_the_five_specialities_with_most_hours_ties_by_code_and_none_without_code() {
        List<BpfSums.Lines> lines = new ArrayList<>();
        String[][] specialities = { { "100", "60" }, { "200", "600" }, { "300", "120" }, { "310", "120" },
                { "400", "300" }, { "500", "30" }, { null, "6000" } };
        for (String[] s : specialities) {
            lines.add(line("OPCO", "EMPLOYEE", "CQP", s[0], "0", s[1]));
        }
        assertEquals(List.of("200", "400", "300", "310", "100"),
                BpfSums.of(2024, YEAR, lines, List.of()).topSpecialities().stream().map(Bpf.Speciality::code).toList());
    }

    @Test
    void section_e_counts_internal_trainers_first_then_external_ones_with_the_hours_they_taught() {
        List<Bpf.Trainers> trainers = BpfSums.trainers(List.of(new BpfSums.Taught(false, d("3.5")),
                new BpfSums.Taught(true, d("120.25")), new BpfSums.Taught(true, d("59.75")),
                new BpfSums.Taught(false, d("0.04"))));
        assertEquals(List.of(new Bpf.Trainers("INTERNAL", 2, d("180.0")), new Bpf.Trainers("EXTERNAL", 2, d("3.5"))),
                trainers);
    }

    @Test
    void a_year_without_records_has_empty_sections_and_nothing_in_total() {
        Bpf bpf = BpfSums.of(2023, Period.year(2023), List.of(), List.of());
        assertEquals(List.of(), bpf.revenue());
        assertEquals(0, bpf.totalRevenue().signum());
        assertEquals(0, bpf.records());
        assertEquals(List.of(), bpf.trainers());
        assertEquals(List.of(), bpf.byTraineeType());
        assertEquals(List.of(), bpf.topSpecialities());
    }
}
