package org.passerelle.ticketing.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.persistence.Instants;
import org.passerelle.core.persistence.SqlValues;
import org.passerelle.core.subscription.SubscriptionService;
import org.passerelle.core.webhook.WebhookPublisher;
import org.passerelle.ticketing.TicketingPolicy;
import org.passerelle.ticketing.TicketingPolicy.ArticleReading;
import org.passerelle.ticketing.category.CategoryService;
import org.passerelle.ticketing.category.CategoryView;

/**
 * Knowledge-base articles: written by staff as drafts, published, edited (each edit of a published article
 * keeps the previous text as a version), archived. Who reads which is {@link TicketingPolicy#showsArticle}'s,
 * applied to single reads and lists alike, so an article a caller may not read answers 404 like a random id.
 */
@ApplicationScoped
public class ArticleService {

    static final String COLUMNS = "select a.id, a.category_id, c.service_id, a.status, a.visibility, a.title, a.body,"
            + " a.current_version, (select count(*) from kb_events e where e.article_id = a.id and e.kind = 'VIEW'),"
            + " (select count(*) from kb_votes v where v.article_id = a.id and v.helpful),"
            + " (select count(*) from kb_votes v where v.article_id = a.id and not v.helpful),"
            + " a.published_at, a.version, a.created_at, a.updated_at"
            + " from kb_articles a join ticket_categories c on c.org_id = a.org_id and c.id = a.category_id";

    /** A caller's reading of the knowledge base, with the services its structure subscribes to today. */
    record Reader(OrgAccess access, ArticleReading reading, Set<UUID> subscribed) {
    }

    private final EntityManager em;
    private final TicketingPolicy policy;
    private final CategoryService categories;
    private final SubscriptionService subscriptions;
    private final OrganisationService organisations;
    private final WebhookPublisher webhooks;

    ArticleService(EntityManager em, TicketingPolicy policy, CategoryService categories,
            SubscriptionService subscriptions, OrganisationService organisations, WebhookPublisher webhooks) {
        this.em = em;
        this.policy = policy;
        this.categories = categories;
        this.subscriptions = subscriptions;
        this.organisations = organisations;
        this.webhooks = webhooks;
    }

    // --- writing (staff) -----------------------------------------------------------------------------

    @Transactional
    public ArticleView create(OrgAccess caller, @Valid ArticleData data) {
        policy.writeArticles(caller);
        category(caller.orgId(), data.categoryId());
        UUID id = UUID.randomUUID();
        Instant now = Instants.now();
        em.createNativeQuery("insert into kb_articles (id, org_id, category_id, status, visibility, title, body,"
                + " current_version, search, created_at, updated_at) values (?1, ?2, ?3, 'DRAFT', ?4, ?5, ?6, 1,"
                + " cast('' as tsvector), ?7, ?7)").setParameter(1, id).setParameter(2, caller.orgId())
                .setParameter(3, data.categoryId()).setParameter(4, data.visibility().name())
                .setParameter(5, data.title().strip()).setParameter(6, data.body().strip()).setParameter(7, now)
                .executeUpdate();
        saveText(caller, id, 1, data);
        return get(caller, id);
    }

    /**
     * Changes the text, category or readers. A draft's text is simply replaced; a published (or archived) one
     * gets a new version, the previous text staying readable under {@code /versions}.
     */
    @Transactional
    public ArticleView update(OrgAccess caller, UUID id, long expectedVersion, @Valid ArticleData data) {
        ArticleView a = forChange(caller, id, expectedVersion);
        category(caller.orgId(), data.categoryId());
        boolean textChanged = !a.title().equals(data.title().strip()) || !a.body().equals(data.body().strip());
        int number = textChanged && a.status().versionsEdits() ? a.currentVersion() + 1 : a.currentVersion();
        em.createNativeQuery("update kb_articles set category_id = ?2, visibility = ?3, title = ?4, body = ?5,"
                + " current_version = ?6, version = version + 1, updated_at = now() where id = ?1")
                .setParameter(1, id).setParameter(2, data.categoryId()).setParameter(3, data.visibility().name())
                .setParameter(4, data.title().strip()).setParameter(5, data.body().strip()).setParameter(6, number)
                .executeUpdate();
        if (textChanged) {
            saveText(caller, id, number, data);
        }
        return get(caller, id);
    }

    @Transactional
    public ArticleView publish(OrgAccess caller, UUID id, long expectedVersion) {
        return move(caller, id, expectedVersion, ArticleStatus.PUBLISHED, KnowledgeEventTypes.PUBLISHED);
    }

    @Transactional
    public ArticleView archive(OrgAccess caller, UUID id, long expectedVersion) {
        return move(caller, id, expectedVersion, ArticleStatus.ARCHIVED, KnowledgeEventTypes.ARCHIVED);
    }

    private ArticleView move(OrgAccess caller, UUID id, long expectedVersion, ArticleStatus to, String event) {
        ArticleView a = forChange(caller, id, expectedVersion);
        if (!a.status().canBecome(to)) {
            throw new ConflictException("ticketing.article.invalid-transition", a.title(), a.status(), to);
        }
        em.createNativeQuery("update kb_articles set status = ?2, version = version + 1, updated_at = now(),"
                + " published_at = case when ?2 = 'PUBLISHED' then now() else published_at end where id = ?1")
                .setParameter(1, id).setParameter(2, to.name()).executeUpdate();
        ArticleView view = get(caller, id);
        webhooks.publish(caller.orgId(), event, view);
        return view;
    }

    private ArticleView forChange(OrgAccess caller, UUID id, long expectedVersion) {
        policy.writeArticles(caller);
        em.createNativeQuery("select id from kb_articles where org_id = ?1 and id = ?2 for update")
                .setParameter(1, caller.orgId()).setParameter(2, id).getResultList();
        ArticleView a = get(caller, id);
        StaleVersionException.check(expectedVersion, a.version());
        return a;
    }

    /** The text as it is now, under its number, with the search vector (title weighs more than body). */
    private void saveText(OrgAccess caller, UUID id, int number, ArticleData data) {
        em.createNativeQuery("insert into kb_article_versions (article_id, number, title, body, author_id, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, now()) on conflict (article_id, number) do update set title = ?3,"
                + " body = ?4, author_id = ?5, created_at = now()").setParameter(1, id).setParameter(2, number)
                .setParameter(3, data.title().strip()).setParameter(4, data.body().strip())
                .setParameter(5, caller.personId()).executeUpdate();
        em.createNativeQuery("update kb_articles set search = setweight(to_tsvector('french', title), 'A')"
                + " || setweight(to_tsvector('french', body), 'B') where id = ?1").setParameter(1, id).executeUpdate();
    }

    private CategoryView category(UUID orgId, UUID id) {
        try {
            return categories.get(orgId, id);
        } catch (NotFoundException e) {
            throw new RuleViolationException("categoryId", "ticketing.category.unknown", id);
        }
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** An article the caller may read (404 otherwise); a reader's visit counts as a view, staff's does not. */
    @Transactional
    public ArticleView read(OrgAccess caller, UUID id) {
        Reader reader = reader(caller);
        ArticleView a = visible(reader, id);
        if (!reader.reading().everyState()) {
            em.createNativeQuery("insert into kb_events (org_id, article_id, person_id, kind, at)"
                    + " values (?1, ?2, ?3, 'VIEW', now())").setParameter(1, caller.orgId()).setParameter(2, id)
                    .setParameter(3, caller.personId()).executeUpdate();
        }
        return a;
    }

    ArticleView get(OrgAccess caller, UUID id) {
        return visible(reader(caller), id);
    }

    ArticleView visible(Reader reader, UUID id) {
        List<ArticleView> found = views(em.createNativeQuery(COLUMNS + " where a.org_id = ?1 and a.id = ?2")
                .setParameter(1, reader.access().orgId()).setParameter(2, id));
        return found.stream().filter(a -> shows(reader, a)).findFirst()
                .orElseThrow(() -> new NotFoundException("article", id));
    }

    public List<ArticleVersionView> versions(OrgAccess caller, UUID id) {
        get(caller, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select number, title, body, author_id, created_at"
                + " from kb_article_versions where article_id = ?1 order by number").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new ArticleVersionView(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (UUID) r[3], SqlValues.instant(r[4]))).toList();
    }

    public ArticleVersionView version(OrgAccess caller, UUID id, int number) {
        return versions(caller, id).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("article version", number));
    }

    /**
     * Articles the caller reads, best match first for a French full-text query {@code q} (newest first
     * without one), at most {@code limit}. Candidates come from SQL, the policy keeps what the caller reads.
     */
    public List<ArticleView> search(OrgAccess caller, String q, UUID categoryId, ArticleStatus status, int limit) {
        return search(reader(caller), q, categoryId, status, limit, false);
    }

    /** Published articles an anonymous reader (see {@link #anonymous}) reads: the PUBLIC ones. */
    public List<ArticleView> searchPublic(OrgAccess anonymous, String q, UUID categoryId, int limit) {
        return search(reader(anonymous), q, categoryId, ArticleStatus.PUBLISHED, limit, false);
    }

    List<ArticleView> search(Reader reader, String q, UUID categoryId, ArticleStatus status, int limit,
            boolean anyWord) {
        boolean text = q != null && !q.isBlank();
        String query = anyWord ? "to_tsquery('french', replace(cast(plainto_tsquery('french', :q) as text), ' & ', ' | '))"
                : "websearch_to_tsquery('french', :q)";
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where a.org_id = :org");
        if (text) {
            sql.append(" and a.search @@ ").append(query);
        }
        if (categoryId != null) {
            sql.append(" and a.category_id = :category");
        }
        if (status != null) {
            sql.append(" and a.status = :status");
        }
        sql.append(text ? " order by ts_rank(a.search, " + query + ") desc, a.id" : " order by a.updated_at desc, a.id");
        Query query1 = em.createNativeQuery(sql.toString()).setParameter("org", reader.access().orgId());
        if (text) {
            query1.setParameter("q", q);
        }
        if (categoryId != null) {
            query1.setParameter("category", categoryId);
        }
        if (status != null) {
            query1.setParameter("status", status.name());
        }
        return views(query1).stream().filter(a -> shows(reader, a)).limit(limit).toList();
    }

    // --- readers ---------------------------------------------------------------------------------------

    Reader reader(OrgAccess caller) {
        policy.browseArticles(caller);
        ArticleReading reading = policy.readArticles(caller);
        Set<UUID> subscribed = reading.memberStructure() == null ? Set.of()
                : subscriptions.activeServiceIds(caller.orgId(), reading.memberStructure(), LocalDate.now(caller.zone()));
        return new Reader(caller, reading, subscribed);
    }

    /** Someone without a token reading an organisation's public pages: no role, no person. */
    public OrgAccess anonymous(String slug) {
        OrganisationView o = organisations.getBySlug(slug);
        return new OrgAccess(o.id(), o.slug(), o.zone(), Set.of(), null, null, false, null, null, false);
    }

    boolean shows(Reader reader, ArticleView a) {
        return policy.showsArticle(reader.reading(), a.status(), a.visibility(),
                a.serviceId() != null && reader.subscribed().contains(a.serviceId()));
    }

    static List<ArticleView> views(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ArticleView((UUID) r[0], (UUID) r[1], (UUID) r[2],
                ArticleStatus.valueOf((String) r[3]), Visibility.valueOf((String) r[4]), (String) r[5], (String) r[6],
                ((Number) r[7]).intValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(),
                ((Number) r[10]).longValue(), SqlValues.instant(r[11]), ((Number) r[12]).longValue(),
                SqlValues.instant(r[13]), SqlValues.instant(r[14]))).toList();
    }
}
