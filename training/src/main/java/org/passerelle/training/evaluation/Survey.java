package org.passerelle.training.evaluation;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "training_surveys")
class Survey extends TenantEntity {

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    SurveyKind kind;

    int overall;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, Integer> answers;

    String comment;

    SurveyView view() {
        return new SurveyView(id, enrolmentId, kind, overall, answers, comment, createdAt);
    }
}
