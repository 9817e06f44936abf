package org.passerelle.core.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.core.i18n.Messages;
import org.passerelle.core.persistence.SqlValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Queues an e-mail in the caller's transaction: it exists if and only if the change it tells of was committed,
 * and {@link MailDispatcher} sends it later, off the request thread, retrying while the mail server is down.
 * <p>
 * A template is a Qute text file {@code templates/<name>_<language>.txt} (in any module) with two fragments,
 * {@code subject} and {@code body}, rendered now with {@code data}: the row keeps exactly what will be sent. An
 * organisation may word a template its own way ({@link MailTemplates}); its version then replaces the shipped one.
 */
@ApplicationScoped
public class MailOutbox {

    static final Set<String> LANGUAGES = Set.of("fr", "en");

    /** A file sent with the e-mail, e.g. the iCalendar of a convocation. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    /**
     * What an e-mail carries beyond its text: further headers (e.g. {@code List-Unsubscribe}) and attachments.
     */
    public record Extras(Map<String, String> headers, List<Attachment> attachments) {

        public static final Extras NONE = new Extras(Map.of(), List.of());
    }

    private final EntityManager em;
    private final Engine qute;
    private final MailConfig config;
    private final MailTemplates templates;
    private final ObjectMapper json;
    private final String domain;

    MailOutbox(EntityManager em, Engine qute, MailConfig config, MailTemplates templates, ObjectMapper json,
            @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "no-reply@localhost") String from) {
        this.em = em;
        this.qute = qute;
        this.config = config;
        this.templates = templates;
        this.json = json;
        this.domain = config.messageIdDomain().orElseGet(() -> domainOf(from));
    }

    /** {@code Passerelle <no-reply@agency.example>} → {@code agency.example}. */
    static String domainOf(String from) {
        String address = from.replaceAll("^.*<([^>]*)>.*$", "$1").strip();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /**
     * @param language {@code fr} or {@code en}; null for the recipient's preference, else the default (French)
     * @return the id of the queued e-mail
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID orgId, String to, String template, String language, Map<String, ?> data) {
        return enqueue(orgId, to, template, language, data, null);
    }

    /**
     * An e-mail of a conversation: its {@code Message-ID} is {@code <thread.mailId@domain>}, and it answers the
     * thread's root {@code <thread@domain>} ({@code In-Reply-To}, {@code References}), so that the recipient's
     * client shows the conversation together and a reply names the thread it belongs to.
     *
     * @param thread the conversation's key, e.g. {@code ticket-<id>}; null for a mail of no conversation
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID orgId, String to, String template, String language, Map<String, ?> data, String thread) {
        return enqueue(orgId, to, template, language, data, thread, Extras.NONE);
    }

    /** An e-mail with further headers and attachments; see {@link #enqueue(UUID, String, String, String, Map, String)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID orgId, String to, String template, String language, Map<String, ?> data, String thread,
            Extras extras) {
        return enqueue(draft(orgId, to, template, language), data, thread, extras);
    }

    /**
     * An e-mail whose recipient, language and template are settled but whose text is not written yet: what
     * {@link #enqueue(Draft, Map, String)} then does needs no read, so that a caller may do the reads before taking a lock
     * and the write under it.
     */
    public record Draft(UUID orgId, String to, String template, String language, Template text) {
    }

    /** Settles an e-mail's language and template (the reads); see {@link #enqueue(UUID, String, String, String, Map, String)}. */
    public Draft draft(UUID orgId, String to, String template, String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported mail language " + language);
        }
        // The one negotiation: the language asked for, else the recipient's preference, else the default.
        String lang = Messages.negotiate(language, () -> preferredLanguage(to),
                Locale.forLanguageTag(config.defaultLanguage())).getLanguage();
        Template t = templates.override(orgId, template, lang).orElseGet(() -> qute.getTemplate(template + "_" + lang));
        if (t == null) {
            throw new IllegalArgumentException("No mail template " + template + "_" + lang + ".txt under templates/");
        }
        return new Draft(orgId, to, template, lang, t);
    }

    /** Writes a drafted e-mail with {@code data} and queues it, in {@code thread} if not null: one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Draft draft, Map<String, ?> data, String thread) {
        return enqueue(draft, data, thread, Extras.NONE);
    }

    private UUID enqueue(Draft draft, Map<String, ?> data, String thread, Extras extras) {
        String subject = render(draft.text(), "subject", data).strip().replaceAll("\\s+", " ");
        String body = render(draft.text(), "body", data).strip() + "\n";
        UUID id = UUID.randomUUID();
        String messageId = thread == null ? null : "<" + thread + "." + id + "@" + domain + ">";
        String threadId = thread == null ? null : "<" + thread + "@" + domain + ">";
        em.createNativeQuery("insert into mail_outbox (id, org_id, recipient, template, language, subject, body, status,"
                + " next_attempt_at, created_at, updated_at, message_id, thread_id, headers)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', now(), now(), now(), ?8, ?9, cast(?10 as jsonb))")
                .setParameter(1, id).setParameter(2, draft.orgId()).setParameter(3, draft.to())
                .setParameter(4, draft.template()).setParameter(5, draft.language()).setParameter(6, subject)
                .setParameter(7, body).setParameter(8, messageId).setParameter(9, threadId)
                .setParameter(10, headers(extras.headers())).executeUpdate();
        for (int i = 0; i < extras.attachments().size(); i++) {
            Attachment a = extras.attachments().get(i);
            em.createNativeQuery("insert into mail_outbox_attachments (mail_id, position, filename, content_type, content)"
                    + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, id).setParameter(2, i)
                    .setParameter(3, a.filename()).setParameter(4, a.contentType()).setParameter(5, a.content())
                    .executeUpdate();
        }
        return id;
    }

    /** Where an e-mail stands: PENDING, SENT or PARKED, when sent, the last error. */
    public record Delivery(UUID id, String status, java.time.Instant sentAt, String lastError) {
    }

    /** The delivery state of queued e-mails (those of another organisation are not told). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Delivery> deliveries(UUID orgId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select id, status, sent_at, last_error from mail_outbox"
                + " where org_id = ?1 and id = any(cast(?2 as uuid[]))").setParameter(1, orgId)
                .setParameter(2, SqlValues.uuidArray(ids))
                .getResultList();
        Map<UUID, Delivery> found = new java.util.HashMap<>();
        for (Object[] r : rows) {
            found.put((UUID) r[0], new Delivery((UUID) r[0], (String) r[1], SqlValues.instant(r[2]), (String) r[3]));
        }
        return found;
    }

    private String headers(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String render(Template template, String fragment, Map<String, ?> data) {
        Template.Fragment f = template.getFragment(fragment);
        if (f == null) {
            throw new IllegalArgumentException("Mail template " + template.getId() + " has no {#fragment id=" + fragment + "}");
        }
        TemplateInstance instance = f.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    /** The language a person chose, if the address is a person's. */
    private List<Locale> preferredLanguage(String email) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select language from people where email = ?1 and language is not null")
                .setParameter(1, email.toLowerCase(Locale.ROOT)).getResultList();
        return found.stream().limit(1).map(Locale::forLanguageTag).toList();
    }
}
