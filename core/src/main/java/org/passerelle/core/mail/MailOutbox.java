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

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Queues an e-mail in the caller's transaction: it exists if and only if the change it tells of was committed,
 * and {@link MailDispatcher} sends it later, off the request thread, retrying while the mail server is down.
 * <p>
 * A template is a Qute text file {@code templates/<name>_<language>.txt} (in any module) with two fragments,
 * {@code subject} and {@code body}, rendered now with {@code data}: the row keeps exactly what will be sent.
 */
@ApplicationScoped
public class MailOutbox {

    static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final EntityManager em;
    private final Engine qute;
    private final MailConfig config;
    private final String domain;

    MailOutbox(EntityManager em, Engine qute, MailConfig config,
            @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "no-reply@localhost") String from) {
        this.em = em;
        this.qute = qute;
        this.config = config;
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
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported mail language " + language);
        }
        // The one negotiation: the language asked for, else the recipient's preference, else the default.
        String lang = Messages.negotiate(language, () -> preferredLanguage(to),
                Locale.forLanguageTag(config.defaultLanguage())).getLanguage();
        Template t = qute.getTemplate(template + "_" + lang);
        if (t == null) {
            throw new IllegalArgumentException("No mail template " + template + "_" + lang + ".txt under templates/");
        }
        String subject = render(t, "subject", data).strip().replaceAll("\\s+", " ");
        String body = render(t, "body", data).strip() + "\n";
        UUID id = UUID.randomUUID();
        String messageId = thread == null ? null : "<" + thread + "." + id + "@" + domain + ">";
        String threadId = thread == null ? null : "<" + thread + "@" + domain + ">";
        em.createNativeQuery("insert into mail_outbox (id, org_id, recipient, template, language, subject, body, status,"
                + " next_attempt_at, created_at, updated_at, message_id, thread_id)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', now(), now(), now(), ?8, ?9)")
                .setParameter(1, id).setParameter(2, orgId).setParameter(3, to).setParameter(4, template)
                .setParameter(5, lang).setParameter(6, subject).setParameter(7, body).setParameter(8, messageId)
                .setParameter(9, threadId).executeUpdate();
        return id;
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
