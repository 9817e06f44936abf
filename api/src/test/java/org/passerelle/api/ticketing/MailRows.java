package org.passerelle.api.ticketing;

import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The mail outbox as the database holds it: the e-mails queued for one organisation, by recipient. */
record MailRows(EntityManager em, String org) {

    record Row(String recipient, String language, String status, int attempts, String lastError, boolean sent) {
    }

    @SuppressWarnings("unchecked")
    List<Row> all() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select m.recipient, m.language, m.status, m.attempts, m.last_error, m.sent_at is not null"
                        + " from mail_outbox m join organisations o on o.id = m.org_id where o.slug = ?1 order by m.created_at")
                .setParameter(1, org).getResultList());
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4], (Boolean) r[5])).toList();
    }

    List<Row> to(String recipient) {
        return all().stream().filter(r -> r.recipient().equals(recipient)).toList();
    }
}
