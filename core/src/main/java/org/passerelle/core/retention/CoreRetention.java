package org.passerelle.core.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

/** Core's delivery logs: webhook deliveries and their events, and e-mails. */
@ApplicationScoped
class CoreRetention {

    @Produces
    @ApplicationScoped
    RetentionTarget webhookDeliveries(EntityManager em, RetentionConfig config) {
        return RetentionTarget.sql("webhook_deliveries", em, config.webhookDeliveries(),
                "delete from webhook_deliveries where id in (select id from webhook_deliveries"
                        + " where status in ('DELIVERED', 'PARKED') and updated_at < now() - make_interval(secs => ?1)"
                        + " limit ?2)");
    }

    @Produces
    @ApplicationScoped
    RetentionTarget outboxEvents(EntityManager em, RetentionConfig config) {
        return RetentionTarget.sql("outbox_events", em, config.webhookDeliveries(),
                // With the deliveries of the event that are past retention too, whichever target runs first.
                "with old as (select e.id from outbox_events e where e.occurred_at < now() - make_interval(secs => ?1)"
                        + " and not exists (select 1 from webhook_deliveries d where d.event_id = e.id and"
                        + " (d.status = 'PENDING' or d.updated_at >= now() - make_interval(secs => ?1))) limit ?2),"
                        + " deliveries as (delete from webhook_deliveries where event_id in (select id from old))"
                        + " delete from outbox_events where id in (select id from old)");
    }

    @Produces
    @ApplicationScoped
    RetentionTarget mail(EntityManager em, RetentionConfig config) {
        return RetentionTarget.sql("mail_outbox", em, config.mail(),
                "delete from mail_outbox where id in (select id from mail_outbox"
                        + " where status in ('SENT', 'PARKED') and updated_at < now() - make_interval(secs => ?1)"
                        + " limit ?2)");
    }
}
