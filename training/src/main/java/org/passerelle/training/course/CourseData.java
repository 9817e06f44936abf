package org.passerelle.training.course;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A course of the catalogue, as written by the training team.
 *
 * @param durationHours     planned duration per learner, in hours (e.g. 3.5 for a half day)
 * @param priceEur          price per learner excluding tax, in euros; absent when free or on quotation
 * @param accessDelay       "délai d'accès": how long between the request and the start (Qualiopi indicator 1)
 * @param disabilityAccess  accessibility statement for people with disabilities (Qualiopi indicator 1)
 * @param tags              lower-case labels such as "soft skills" or "open source"
 * @param published         whether the course appears in the catalogue learners and partners see
 * @param bpfObjective      the BPF's general objective (section F-3); OTHER_PROFESSIONAL when absent
 * @param specialityCode    the NSF speciality code (BPF section F-4), e.g. "326" for computing
 * @param coldSurveyDelayDays days after the session ends before the cold survey opens (default 90)
 */
public record CourseData(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String summary,
        @NotBlank @Size(max = 4000) String objectives,
        @Size(max = 2000) String prerequisites,
        @Size(max = 2000) String audience,
        @NotNull @DecimalMin(value = "0.5") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal durationHours,
        @NotNull Modality modality,
        @NotNull ProgrammeType programmeType,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceEur,
        @Size(max = 1000) String accessDelay,
        @Size(max = 2000) String disabilityAccess,
        @Size(max = 2000) String assessmentMethods,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9 -]{0,39}") String> tags,
        boolean published,
        BpfObjective bpfObjective,
        @Size(max = 10) @Pattern(regexp = "[0-9]{3}[a-z]?") String specialityCode,
        @Size(max = 200) String specialityLabel,
        @Min(1) @Max(730) Integer coldSurveyDelayDays) {
}
