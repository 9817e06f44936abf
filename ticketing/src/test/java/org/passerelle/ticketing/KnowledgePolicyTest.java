package org.passerelle.ticketing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.person.Role;
import org.passerelle.ticketing.TicketingPolicy.ArticleReading;
import org.passerelle.ticketing.knowledge.ArticleStatus;
import org.passerelle.ticketing.knowledge.Visibility;

/** The knowledge-base and canned-reply rules of {@link TicketingPolicy}, without a server. */
class KnowledgePolicyTest {

    static final UUID STRUCTURE = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();

    final TicketingPolicy policy = new TicketingPolicy();

    static OrgAccess caller(Set<Role> roles, UUID member, UUID team) {
        return new OrgAccess(UUID.randomUUID(), "alpi", ZoneId.of("Europe/Paris"), roles, member, team, false,
                UUID.randomUUID(), null, false);
    }

    static OrgAccess anonymous() {
        return new OrgAccess(UUID.randomUUID(), "alpi", ZoneId.of("Europe/Paris"), Set.of(), null, null, false, null,
                null, false);
    }

    @Test
    void a_requester_reads_published_public_articles_and_members_ones_of_its_subscriptions() {
        ArticleReading r = policy.readArticles(caller(Set.of(Role.REQUESTER), STRUCTURE, null));
        assertEquals(STRUCTURE, r.memberStructure());
        assertTrue(policy.showsArticle(r, ArticleStatus.PUBLISHED, Visibility.PUBLIC, false));
        assertTrue(policy.showsArticle(r, ArticleStatus.PUBLISHED, Visibility.MEMBERS, true));
        assertFalse(policy.showsArticle(r, ArticleStatus.PUBLISHED, Visibility.MEMBERS, false));
        assertFalse(policy.showsArticle(r, ArticleStatus.PUBLISHED, Visibility.STAFF, true));
        assertFalse(policy.showsArticle(r, ArticleStatus.DRAFT, Visibility.PUBLIC, true));
        assertFalse(policy.showsArticle(r, ArticleStatus.ARCHIVED, Visibility.PUBLIC, true));
    }

    @Test
    void staff_read_everything_and_other_readers_public_articles_only() {
        ArticleReading staff = policy.readArticles(caller(Set.of(Role.AGENT), null, TEAM));
        for (Visibility v : Visibility.values()) {
            assertTrue(policy.showsArticle(staff, ArticleStatus.DRAFT, v, false));
        }
        for (OrgAccess other : new OrgAccess[] { caller(Set.of(Role.LEARNER), STRUCTURE, null), anonymous() }) {
            ArticleReading r = policy.readArticles(other);
            assertTrue(policy.showsArticle(r, ArticleStatus.PUBLISHED, Visibility.PUBLIC, true));
            assertFalse(policy.showsArticle(r, ArticleStatus.PUBLISHED, Visibility.MEMBERS, true));
        }
    }

    @Test
    void a_platform_admin_without_membership_is_refused_but_the_anonymous_public_reader_is_not() {
        OrgAccess platformAdmin = new OrgAccess(UUID.randomUUID(), "alpi", ZoneId.of("Europe/Paris"), Set.of(), null,
                null, false, UUID.randomUUID(), null, true);
        assertThrows(AccessDeniedException.class, () -> policy.browseArticles(platformAdmin));
        assertDoesNotThrow(() -> policy.browseArticles(anonymous()));
    }

    @Test
    void admins_manage_every_canned_reply_and_agents_their_teams() {
        OrgAccess admin = caller(Set.of(Role.ADMIN), null, null);
        OrgAccess agent = caller(Set.of(Role.AGENT), null, TEAM);
        assertDoesNotThrow(() -> policy.manageCannedReply(admin, null));
        assertDoesNotThrow(() -> policy.manageCannedReply(admin, TEAM));
        assertDoesNotThrow(() -> policy.manageCannedReply(agent, TEAM));
        assertThrows(AccessDeniedException.class, () -> policy.manageCannedReply(agent, null));
        assertThrows(AccessDeniedException.class, () -> policy.manageCannedReply(agent, UUID.randomUUID()));
        assertThrows(AccessDeniedException.class,
                () -> policy.useCannedReplies(caller(Set.of(Role.REQUESTER), STRUCTURE, null)));
    }
}
