package org.passerelle.training;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.webhook.WebhookEventTypes;

/**
 * Webhook events of the training module; the payload is the enrolment or the session as the API shows it (for an
 * agreement accepted: the line of its audit trail).
 */
@ApplicationScoped
public class TrainingEventTypes implements WebhookEventTypes {

    /** A learner confirmed its place. */
    public static final String ENROLMENT_CONFIRMED = "enrolment.confirmed";
    /** A place was given up or an application turned down (status DROPPED or REJECTED). */
    public static final String ENROLMENT_CANCELLED = "enrolment.cancelled";
    public static final String SESSION_CANCELLED = "session.cancelled";
    /** A member structure's contact accepted a training agreement (payload: the audit trail line). */
    public static final String AGREEMENT_ACCEPTED = "agreement.accepted";
    /** A convocation was queued for the learner (payload: the send log line). */
    public static final String CONVOCATION_SENT = "enrolment.convocation_sent";
    /** A hot or cold survey invitation was queued for the learner (payload: the send log line). */
    public static final String SURVEY_INVITATION_SENT = "enrolment.survey_invitation_sent";

    @Override
    public Set<String> types() {
        return Set.of(ENROLMENT_CONFIRMED, ENROLMENT_CANCELLED, SESSION_CANCELLED, AGREEMENT_ACCEPTED, CONVOCATION_SENT,
                SURVEY_INVITATION_SENT);
    }
}
