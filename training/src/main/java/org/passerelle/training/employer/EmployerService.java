package org.passerelle.training.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.training.TrainingPolicy;
import org.passerelle.training.attendance.AttendanceService;
import org.passerelle.training.enrolment.EnrolmentStatus;

/**
 * The employer's view: what a member structure's contact (or the training team) sees of the structure's agents —
 * their enrolments, the half-days marked, the hours attended and the certificates available. Enrolments record
 * the structure they were made for ({@code member_id}), so the view is one grouped query over them.
 */
@ApplicationScoped
public class EmployerService {

    /** Per enrolment of the structure: its session, its marks and minutes, and the agent's total (a window). */
    private static final String SQL = """
            WITH entered AS (
                SELECT e.id FROM training_enrolments e WHERE e.org_id = ?1 AND e.member_id = ?2
            ), %s,
            marks AS (
                SELECT a.enrolment_id,
                       count(*) FILTER (WHERE a.status = 'PRESENT') AS present,
                       count(*) FILTER (WHERE a.status = 'ABSENT') AS absent,
                       count(*) FILTER (WHERE a.status = 'EXCUSED') AS excused
                FROM training_attendance a
                JOIN entered x ON x.id = a.enrolment_id
                WHERE a.org_id = ?1
                GROUP BY a.enrolment_id
            )
            SELECT e.learner_id, e.id, e.session_id, c.code, c.title, s.starts_at, s.ends_at, e.status, e.holds_seat,
                   coalesce(m.present, 0), coalesce(m.absent, 0), coalesce(m.excused, 0), coalesce(att.minutes, 0),
                   sum(coalesce(att.minutes, 0)) OVER (PARTITION BY e.learner_id)
            FROM training_enrolments e
            JOIN entered x ON x.id = e.id
            JOIN training_sessions s ON s.org_id = e.org_id AND s.id = e.session_id
            JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id
            LEFT JOIN attended att ON att.enrolment_id = e.id
            LEFT JOIN marks m ON m.enrolment_id = e.id
            ORDER BY e.learner_id, s.starts_at NULLS LAST, e.id
            """.formatted(AttendanceService.ATTENDED_CTE);

    private final EntityManager em;
    private final MemberService members;
    private final PeopleDirectory people;
    private final TrainingPolicy policy;

    EmployerService(EntityManager em, MemberService members, PeopleDirectory people, TrainingPolicy policy) {
        this.em = em;
        this.members = members;
        this.people = people;
        this.policy = policy;
    }

    /** The structure's agents who enrolled, each with its enrolments and the hours it trained. */
    public List<AgentTraining> agents(OrgAccess caller, UUID memberId) {
        UUID orgId = caller.orgId();
        policy.readEmployer(caller, memberId);
        if (!members.exists(orgId, memberId)) {
            throw new NotFoundException("member", memberId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, orgId).setParameter(2, memberId)
                .getResultList();
        Map<UUID, List<AgentEnrolment>> byAgent = new LinkedHashMap<>();
        Map<UUID, BigDecimal> hours = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID learner = (UUID) r[0];
            BigDecimal minutes = new BigDecimal(r[12].toString());
            byAgent.computeIfAbsent(learner, l -> new ArrayList<>()).add(new AgentEnrolment((UUID) r[1], (UUID) r[2],
                    (String) r[3], (String) r[4], SqlValues.instant(r[5]), SqlValues.instant(r[6]), EnrolmentStatus.valueOf((String) r[7]),
                    count(r[9]), count(r[10]), count(r[11]), toHours(minutes),
                    (Boolean) r[8] && minutes.signum() > 0));
            hours.put(learner, toHours(new BigDecimal(r[13].toString())));
        }
        Map<UUID, PeopleDirectory.Contact> names = people.contacts(orgId, byAgent.keySet());
        return byAgent.entrySet().stream().map(a -> new AgentTraining(a.getKey(),
                names.containsKey(a.getKey()) ? names.get(a.getKey()).name() : null, hours.get(a.getKey()),
                List.copyOf(a.getValue()))).toList();
    }

    static BigDecimal toHours(BigDecimal minutes) {
        return minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static int count(Object n) {
        return ((Number) n).intValue();
    }
}
