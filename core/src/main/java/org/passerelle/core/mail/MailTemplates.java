package org.passerelle.core.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.cache.ChangeAwareCache;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

/**
 * An organisation's own wording of the e-mails it sends: per template and language, a Qute text with the
 * {@code subject} and {@code body} fragments that replaces the shipped {@code templates/mail/<name>_<language>.txt}.
 * A version is checked when written (422 otherwise): it parses, has both fragments, and names only the values the
 * shipped template names, without namespaces ({@code config:}, {@code inject:}), so that it can neither fail when
 * an e-mail is queued nor reach anything but the e-mail's own data.
 */
@ApplicationScoped
public class MailTemplates {

    private static final String DIRECTORY = "mail/";

    private record Key(UUID orgId, String template, String language) {
    }

    private final EntityManager em;
    private final Engine qute;
    private final CorePolicy policy;
    /** Every queued e-mail asks for its organisation's version, which hardly ever changes: read once, kept until changed. */
    private final ChangeAwareCache<Key, Optional<Template>> overrides;

    MailTemplates(EntityManager em, Engine qute, CorePolicy policy, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "passerelle.mail.template-cache-ttl", defaultValue = "5M") Duration ttl) {
        this.em = em;
        this.qute = qute;
        this.policy = policy;
        this.overrides = new ChangeAwareCache<>(transactions, ttl, 10_000);
    }

    /** The organisation's version of a template ({@code mail/<name>}), if it wrote one. */
    Optional<Template> override(UUID orgId, String template, String language) {
        if (!template.startsWith(DIRECTORY)) {
            return Optional.empty();
        }
        Key key = new Key(orgId, template.substring(DIRECTORY.length()), language);
        return overrides.get(key, () -> em.createNativeQuery("select source from mail_templates where org_id = ?1"
                + " and template = ?2 and language = ?3", String.class).setParameter(1, key.orgId())
                .setParameter(2, key.template()).setParameter(3, key.language()).getResultStream().findFirst()
                .map(s -> qute.parse((String) s)));
    }

    @SuppressWarnings("unchecked")
    public List<MailTemplateView> list(OrgAccess caller) {
        policy.manageMailTemplates(caller);
        List<Object[]> rows = em.createNativeQuery("select template, language, source, updated_at from mail_templates"
                + " where org_id = ?1 order by template, language").setParameter(1, caller.orgId()).getResultList();
        return rows.stream().map(r -> new MailTemplateView((String) r[0], (String) r[1], (String) r[2],
                SqlValues.instant(r[3]))).toList();
    }

    /** The version in force: the organisation's, else the shipped one. */
    public MailTemplateView get(OrgAccess caller, String name, String language) {
        policy.manageMailTemplates(caller);
        shipped(name, language);
        return list(caller).stream().filter(v -> v.template().equals(name) && v.language().equals(language))
                .findFirst().orElseGet(() -> new MailTemplateView(name, language, shippedSource(name, language), null));
    }

    @Transactional
    public MailTemplateView put(OrgAccess caller, String name, String language, MailTemplateData data) {
        policy.manageMailTemplates(caller);
        Template shipped = shipped(name, language);
        Template parsed;
        try {
            parsed = qute.parse(data.source());
        } catch (TemplateException e) {
            throw new RuleViolationException("source", "core.mail-template.invalid", e.getMessage());
        }
        for (String fragment : List.of("subject", "body")) {
            if (parsed.getFragment(fragment) == null) {
                throw new RuleViolationException("source", "core.mail-template.fragment", fragment);
            }
        }
        Set<String> known = names(shipped);
        Set<String> unknown = new TreeSet<>(names(parsed));
        unknown.removeAll(known);
        parsed.getExpressions().stream().filter(e -> e.getNamespace() != null).forEach(e -> unknown.add(e.toOriginalString()));
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("source", "core.mail-template.unknown-values", String.join(", ", unknown),
                    String.join(", ", known));
        }
        Instant now = Instants.now();
        em.createNativeQuery("insert into mail_templates (org_id, template, language, source, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (org_id, template, language)"
                + " do update set source = excluded.source, updated_at = excluded.updated_at")
                .setParameter(1, caller.orgId()).setParameter(2, name).setParameter(3, language)
                .setParameter(4, data.source()).setParameter(5, now).executeUpdate();
        overrides.changed();
        return new MailTemplateView(name, language, data.source(), now);
    }

    /** Back to the shipped version. */
    @Transactional
    public void delete(OrgAccess caller, String name, String language) {
        policy.manageMailTemplates(caller);
        shipped(name, language);
        em.createNativeQuery("delete from mail_templates where org_id = ?1 and template = ?2 and language = ?3")
                .setParameter(1, caller.orgId()).setParameter(2, name).setParameter(3, language).executeUpdate();
        overrides.changed();
    }

    private Template shipped(String name, String language) {
        Template t = name.matches("[a-z0-9-]{1,60}") && MailOutbox.LANGUAGES.contains(language)
                ? qute.getTemplate(DIRECTORY + name + "_" + language) : null;
        if (t == null) {
            throw new NotFoundException("mail-template", name + "_" + language);
        }
        return t;
    }

    private static String shippedSource(String name, String language) {
        try (var in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("templates/" + DIRECTORY + name + "_" + language + ".txt")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The data a template reads: the first part of each of its expressions (sections' own aliases included). */
    private static Set<String> names(Template t) {
        return t.getExpressions().stream().filter(e -> !e.isLiteral() && e.getNamespace() == null)
                .map(e -> e.getParts().get(0).getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
