package org.passerelle.training.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

/** A course of the training catalogue. */
@Entity
@Table(name = "training_courses")
class Course extends TenantEntity {

    @Column(nullable = false)
    String code;

    @Column(nullable = false)
    String title;

    String summary;

    @Column(nullable = false)
    String objectives;

    String prerequisites;

    String audience;

    @Column(name = "duration_hours", nullable = false)
    BigDecimal durationHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_type", nullable = false)
    ProgrammeType programmeType;

    @Column(name = "price_eur")
    BigDecimal priceEur;

    @Column(name = "access_delay")
    String accessDelay;

    @Column(name = "disability_access")
    String disabilityAccess;

    @Column(name = "assessment_methods")
    String assessmentMethods;

    @Column(nullable = false, columnDefinition = "text[]")
    String[] tags;

    @Column(nullable = false)
    boolean published;

    @Enumerated(EnumType.STRING)
    @Column(name = "bpf_objective", nullable = false)
    BpfObjective bpfObjective = BpfObjective.OTHER_PROFESSIONAL;

    @Column(name = "speciality_code")
    String specialityCode;

    @Column(name = "speciality_label")
    String specialityLabel;

    @Column(name = "cold_survey_delay_days", nullable = false)
    int coldSurveyDelayDays = 90;

    void apply(CourseData data) {
        code = data.code().strip();
        title = data.title().strip();
        summary = data.summary();
        objectives = data.objectives();
        prerequisites = data.prerequisites();
        audience = data.audience();
        durationHours = data.durationHours();
        modality = data.modality();
        programmeType = data.programmeType();
        priceEur = data.priceEur();
        accessDelay = data.accessDelay();
        disabilityAccess = data.disabilityAccess();
        assessmentMethods = data.assessmentMethods();
        tags = data.tags() == null ? new String[0]
                : data.tags().stream().map(String::strip).distinct().sorted().toArray(String[]::new);
        published = data.published();
        bpfObjective = data.bpfObjective() == null ? BpfObjective.OTHER_PROFESSIONAL : data.bpfObjective();
        specialityCode = data.specialityCode();
        specialityLabel = data.specialityLabel();
        coldSurveyDelayDays = data.coldSurveyDelayDays() == null ? 90 : data.coldSurveyDelayDays();
    }

    CourseView view() {
        return new CourseView(id, code, title, summary, objectives, prerequisites, audience, durationHours, modality,
                programmeType, priceEur, accessDelay, disabilityAccess, assessmentMethods, List.of(tags), published,
                bpfObjective, specialityCode, specialityLabel, coldSurveyDelayDays, createdAt, updatedAt, version);
    }

    ProgrammeSheet sheet() {
        List<String> missing = new ArrayList<>();
        if (blank(prerequisites)) {
            missing.add("prerequisites");
        }
        if (blank(audience)) {
            missing.add("audience");
        }
        if (blank(accessDelay)) {
            missing.add("accessDelay");
        }
        if (blank(disabilityAccess)) {
            missing.add("disabilityAccess");
        }
        if (blank(assessmentMethods)) {
            missing.add("assessmentMethods");
        }
        return new ProgrammeSheet(id, code, title, summary, objectives, prerequisites, audience, durationHours,
                modality, programmeType, priceEur, accessDelay, disabilityAccess, assessmentMethods, List.of(tags),
                updatedAt, List.copyOf(missing));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
