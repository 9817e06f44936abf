package org.passerelle.training.communication;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.person.Role;
import org.passerelle.training.communication.CommunicationLinks.Link;
import org.passerelle.training.enrolment.EnrolmentService;
import org.passerelle.training.enrolment.EnrolmentView;
import org.passerelle.training.evaluation.EvaluationService;
import org.passerelle.training.evaluation.SurveyData;
import org.passerelle.training.evaluation.SurveyKind;
import org.passerelle.training.session.SessionService;
import org.passerelle.training.session.SessionView;

/**
 * What the links of training e-mails do without signing in. The token stands for the enrolment's learner: the
 * action goes through the same service and policy as the signed-in one, as that learner, and is refused as it
 * would be (409 for a place no longer to confirm, a survey answered). A link does only its own purpose (404 else).
 */
@ApplicationScoped
public class OneClickLinks {

    private final EntityManager em;
    private final CommunicationLinks links;
    private final EnrolmentService enrolments;
    private final SessionService sessions;
    private final EvaluationService evaluations;
    private final OrganisationService organisations;

    OneClickLinks(EntityManager em, CommunicationLinks links, EnrolmentService enrolments, SessionService sessions,
            EvaluationService evaluations, OrganisationService organisations) {
        this.em = em;
        this.links = links;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.evaluations = evaluations;
        this.organisations = organisations;
    }

    @Transactional
    public LinkSubject subject(String token) {
        Link link = links.usable(token, false);
        SessionView s = sessions.get(link.orgId(), enrolments.get(link.orgId(), link.enrolmentId()).sessionId());
        return new LinkSubject(link.purpose(), s.courseTitle(), s.startsAt(), s.endsAt(),
                organisations.get(link.orgId()).name());
    }

    /** The learner confirms its place from the convocation; the link is spent. */
    @Transactional
    public void confirm(String token) {
        Link link = spend(token, LinkPurpose.CONFIRM);
        EnrolmentView e = enrolments.get(link.orgId(), link.enrolmentId());
        enrolments.confirm(learner(link, e), e.id(), e.version());
    }

    /** The learner answers the survey it was invited to; the link is spent. */
    @Transactional
    public void answer(String token, @Valid SurveyData data) {
        Link link = links.usable(token, true);
        if (link.purpose() != LinkPurpose.HOT_SURVEY && link.purpose() != LinkPurpose.COLD_SURVEY) {
            throw new NotFoundException("link", "…");
        }
        links.spend(token);
        EnrolmentView e = enrolments.get(link.orgId(), link.enrolmentId());
        SurveyKind kind = link.purpose() == LinkPurpose.HOT_SURVEY ? SurveyKind.HOT : SurveyKind.COLD;
        evaluations.answer(learner(link, e), e.id(), kind, Instants.now(), data);
    }

    /**
     * The learner refuses survey invitations (RFC 8058 one-click, or the link in the e-mail): repeatable, the link
     * stays usable until it expires.
     */
    @Transactional
    public void optOut(String token) {
        Link link = links.usable(token, false);
        if (link.purpose() != LinkPurpose.OPT_OUT) {
            throw new NotFoundException("link", "…");
        }
        EnrolmentView e = enrolments.get(link.orgId(), link.enrolmentId());
        em.createNativeQuery("insert into training_survey_opt_outs (org_id, learner_id, created_at)"
                + " values (?1, ?2, now()) on conflict do nothing").setParameter(1, link.orgId())
                .setParameter(2, e.learnerId()).executeUpdate();
    }

    private Link spend(String token, LinkPurpose purpose) {
        Link link = links.usable(token, true);
        if (link.purpose() != purpose) {
            throw new NotFoundException("link", "…");
        }
        links.spend(token);
        return link;
    }

    /** The enrolment's learner, as the policy knows it. */
    private OrgAccess learner(Link link, EnrolmentView e) {
        OrganisationView org = organisations.get(link.orgId());
        return new OrgAccess(link.orgId(), org.slug(), org.zone(), Set.of(Role.LEARNER), e.memberId(), null, false,
                e.learnerId(), null, false);
    }
}
