package org.passerelle.training.communication;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Finds the communications due and queues each once, in a transaction of its own (one learner's failure stops
 * no one else's). Several instances may run it: {@link Communications#send} makes the second insert of a send log
 * key a no-op. The queries skip what the log already holds, so a run is cheap once it has caught up.
 */
@ApplicationScoped
public class CommunicationJob {

    private static final Logger LOG = Logger.getLogger(CommunicationJob.class);

    /** Enrolments holding a seat in a session that goes ahead (OPEN, FULL), its first half-day starting soon. */
    private static final String BEFORE = """
            SELECT e.org_id, e.id FROM training_enrolments e
            JOIN training_sessions s ON s.org_id = e.org_id AND s.id = e.session_id
            WHERE e.status IN ('SELECTED', 'CONFIRMED') AND s.status IN ('OPEN', 'FULL')
              AND (SELECT min(sl.starts_at) FROM training_session_slots sl WHERE sl.session_id = s.id)
                  BETWEEN now() AND now() + make_interval(secs => ?1)
              AND NOT EXISTS (SELECT 1 FROM training_communications c WHERE c.enrolment_id = e.id AND c.kind = ?2)
            LIMIT 500
            """;

    /**
     * Trained enrolments whose survey opens (hot: the last half-day ended; cold: the course's delay after it) since
     * less than the catch-up window, not answered, the learner not having refused invitations.
     */
    private static final String SURVEY = """
            SELECT e.org_id, e.id FROM training_enrolments e
            JOIN training_sessions s ON s.org_id = e.org_id AND s.id = e.session_id
            JOIN training_courses co ON co.org_id = s.org_id AND co.id = s.course_id
            WHERE e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED') AND s.status IN (%s)
              AND (SELECT max(sl.ends_at) FROM training_session_slots sl WHERE sl.session_id = s.id)
                  + make_interval(days => %s) BETWEEN now() - make_interval(secs => ?1) AND now()
              AND NOT EXISTS (SELECT 1 FROM training_communications c WHERE c.enrolment_id = e.id AND c.kind = ?2)
              AND NOT EXISTS (SELECT 1 FROM training_surveys v WHERE v.enrolment_id = e.id AND v.kind = ?3)
              AND NOT EXISTS (SELECT 1 FROM training_survey_opt_outs o
                              WHERE o.org_id = e.org_id AND o.learner_id = e.learner_id)
            LIMIT 500
            """;

    private final EntityManager em;
    private final Communications communications;
    private final CommunicationConfig config;

    CommunicationJob(EntityManager em, Communications communications, CommunicationConfig config) {
        this.em = em;
        this.communications = communications;
        this.config = config;
    }

    @Scheduled(every = "${passerelle.training.communications.interval:1m}",
            delayed = "${passerelle.training.communications.interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        long day = 86_400;
        queue(CommunicationKind.CONVOCATION, BEFORE, config.convocationDays() * day, null);
        queue(CommunicationKind.REMINDER, BEFORE, day, null);
        long catchUp = config.catchUp().toSeconds();
        queue(CommunicationKind.HOT_SURVEY, SURVEY.formatted("'RUNNING', 'COMPLETED'", "0"), catchUp, "HOT");
        queue(CommunicationKind.COLD_SURVEY, SURVEY.formatted("'COMPLETED'", "co.cold_survey_delay_days"), catchUp,
                "COLD");
    }

    private void queue(CommunicationKind kind, String sql, long seconds, String surveyKind) {
        for (Object[] due : due(sql, seconds, kind, surveyKind)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> communications.send((UUID) due[0], (UUID) due[1], kind));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not queue the %s of enrolment %s", kind, due[1]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> due(String sql, long seconds, CommunicationKind kind, String surveyKind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql).setParameter(1, (double) seconds).setParameter(2, kind.name());
            if (surveyKind != null) {
                query.setParameter(3, surveyKind);
            }
            return query.getResultList();
        });
    }
}
