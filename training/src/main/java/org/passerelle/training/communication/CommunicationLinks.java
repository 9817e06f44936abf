package org.passerelle.training.communication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.passerelle.core.error.NotFoundException;

/**
 * The one-click links of training e-mails, as the ticketing satisfaction links: a random token (256 bits) of which
 * only the SHA-256 is stored. An unknown, tampered, expired or spent token answers 404, the same for all: a link
 * tells nothing about enrolments it does not act on.
 */
@ApplicationScoped
class CommunicationLinks {

    /** The enrolment a usable token acts on. */
    record Link(UUID orgId, UUID enrolmentId, LinkPurpose purpose) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    CommunicationLinks(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    String create(UUID orgId, UUID enrolmentId, LinkPurpose purpose, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into training_communication_links (token_hash, org_id, enrolment_id, purpose,"
                + " expires_at, created_at) values (?1, ?2, ?3, ?4, ?5, now())").setParameter(1, hash(token))
                .setParameter(2, orgId).setParameter(3, enrolmentId).setParameter(4, purpose.name())
                .setParameter(5, expiresAt).executeUpdate();
        return token;
    }

    /** The link of a usable token (locked when about to be spent), else 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    Link usable(String token, boolean lock) {
        List<?> found = em.createNativeQuery("select org_id, enrolment_id, purpose from training_communication_links"
                + " where token_hash = ?1 and used_at is null and expires_at > now()" + (lock ? " for update" : ""))
                .setParameter(1, hash(token)).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("link", "…");
        }
        Object[] row = (Object[]) found.get(0);
        return new Link((UUID) row[0], (UUID) row[1], LinkPurpose.valueOf((String) row[2]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void spend(String token) {
        em.createNativeQuery("update training_communication_links set used_at = now() where token_hash = ?1")
                .setParameter(1, hash(token)).executeUpdate();
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
