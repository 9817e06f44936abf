package org.passerelle.ticketing.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.persistence.Instants;

/**
 * Satisfaction invitations: on resolution the requester gets a link that rates the ticket without signing in,
 * once, for {@code passerelle.ticketing.rating-link-days}. The link holds a random token (256 bits); only its
 * SHA-256 is stored. An unknown, expired or used token answers 404, the same for all three: the link tells
 * nothing about tickets it does not rate.
 */
@ApplicationScoped
public class RatingInvitations {

    /** What a link rates: nothing more than the requester needs to recognise the request. */
    public record RatingSubject(String reference, String title, String organisationName) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final TicketStore store;
    private final OrganisationService organisations;
    private final TicketingConfig config;

    RatingInvitations(EntityManager em, TicketStore store, OrganisationService organisations, TicketingConfig config) {
        this.em = em;
        this.store = store;
        this.organisations = organisations;
        this.config = config;
    }

    /** A new invitation for the ticket's requester, in the resolving transaction; returns the link to send. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String invite(UUID orgId, UUID ticketId, UUID requesterId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instants.now();
        em.createNativeQuery("insert into ticket_rating_invitations (token_hash, org_id, ticket_id, requester_id,"
                + " expires_at, created_at) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, hash(token))
                .setParameter(2, orgId).setParameter(3, ticketId).setParameter(4, requesterId)
                .setParameter(5, now.plus(config.ratingLinkDays(), ChronoUnit.DAYS)).setParameter(6, now)
                .executeUpdate();
        return config.ratingLink() + token;
    }

    @Transactional
    public RatingSubject subject(String token) {
        Ticket t = ticket(usable(token, false));
        OrganisationView org = organisations.get(t.orgId);
        return new RatingSubject(t.reference, t.title, org.name());
    }

    /**
     * Rates the ticket as its requester, by the same rule as the signed-in {@code rate} action (resolved or
     * closed, once: 409 otherwise); the history shows the requester, and the link is spent.
     */
    @Transactional
    public void rate(String token, int score, String comment) {
        Object[] invitation = usable(token, true);
        Ticket t = ticket(invitation);
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(t);
        OrganisationView org = organisations.get(t.orgId);
        OrgAccess requester = new OrgAccess(t.orgId, org.slug(), org.zone(), Set.of(), t.memberId, null, false,
                (UUID) invitation[1], null, false);
        store.save(t, requester, t.rate(score, comment), TicketEventTypes.UPDATED);
        em.createNativeQuery("update ticket_rating_invitations set used_at = now() where token_hash = ?1")
                .setParameter(1, hash(token)).executeUpdate();
    }

    /** {ticket id, requester id, org id} of a usable invitation (locked when it is about to be spent), else 404. */
    private Object[] usable(String token, boolean lock) {
        List<?> found = em.createNativeQuery("select ticket_id, requester_id, org_id from ticket_rating_invitations"
                + " where token_hash = ?1 and used_at is null and expires_at > now()" + (lock ? " for update" : ""))
                .setParameter(1, hash(token)).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("rating-link", "…");
        }
        return (Object[]) found.get(0);
    }

    private Ticket ticket(Object[] invitation) {
        return em.createQuery("from Ticket t where t.orgId = :org and t.id = :id", Ticket.class)
                .setParameter("org", invitation[2]).setParameter("id", invitation[0]).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("rating-link", "…"));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
