package org.passerelle.ticketing.intake;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.core.retention.RetentionTarget;

/**
 * Received messages (sender addresses: personal data) are kept {@code passerelle.retention.mail-intake}, long
 * enough that a message delivered again is still recognised by its {@code Message-ID}.
 */
@ApplicationScoped
class IntakeRetention {

    @Produces
    @ApplicationScoped
    RetentionTarget receivedMessages(EntityManager em,
            @ConfigProperty(name = "passerelle.retention.mail-intake", defaultValue = "90d") Duration retention) {
        return RetentionTarget.sql("mail_intake_messages", em, retention,
                "delete from mail_intake_messages where (org_id, message_id) in (select org_id, message_id from mail_intake_messages"
                        + " where received_at < now() - make_interval(secs => ?1) limit ?2)");
    }
}
