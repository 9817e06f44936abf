package org.passerelle.training.communication;

/**
 * The e-mails a learner gets about an enrolment, each once. Convocations, reminders and certificates are part
 * of the service owed to the learner (no opt-out); survey invitations may be refused.
 */
public enum CommunicationKind {
    /** The convocation with the session's iCalendar, some days before the first half-day. */
    CONVOCATION,
    /** The day before the first half-day. */
    REMINDER,
    /** The hot survey invitation, at the end of the last half-day. */
    HOT_SURVEY,
    /** The cold survey invitation, the course's delay after the session. */
    COLD_SURVEY,
    /** The certificat de réalisation, when the enrolment is completed. */
    CERTIFICATE;

    /** Whether the learner may refuse it (survey invitations only). */
    public boolean refusable() {
        return this == HOT_SURVEY || this == COLD_SURVEY;
    }

    String template() {
        return "mail/training-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
