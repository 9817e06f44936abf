package org.passerelle.mission.sesame;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.passerelle.core.persistence.TenantEntity;

@Entity
@Table(name = "mission_sesame_answers")
class Answer extends TenantEntity {

    @Column(name = "campaign_id", nullable = false)
    UUID campaignId;

    @Column(name = "member_id", nullable = false)
    UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Criterion criterion;

    int score;

    String comment;

    AnswerView view() {
        return new AnswerView(criterion, score, comment);
    }
}
