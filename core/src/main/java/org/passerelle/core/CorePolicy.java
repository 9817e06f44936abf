package org.passerelle.core;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.Identity;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;

/**
 * Who may do what with core's features: organisations, people, API clients, member structures and their
 * subscriptions, teams, services, the business calendar, webhooks and indicators. The only place of core that
 * reads roles to decide; the services ask it before working.
 * <p>
 * Each rule returns, or throws {@link NotFoundException} (the caller may not see the object: 404) or
 * {@link AccessDeniedException} (it may see it, or may know the organisation, but not do this: 403). A rule
 * that the caller's roles fail for every object of a kind is asked before anything is loaded, so the answer
 * is the same 403 whatever the id: nothing about the organisation's data can be learnt from it.
 * <p>
 * A platform administrator with no membership in the organisation (an {@link OrgAccess} without roles) may
 * read the organisation's own record and register people and API clients there, which is how an
 * organisation gets its first admin; everything else answers 403 (it may know that the organisation exists).
 */
@ApplicationScoped
public class CorePolicy {

    /** Who reads the whole member directory; others (requesters, learners) read only their own structure. */
    static final Role[] DIRECTORY_READERS = { Role.ADMIN, Role.AGENT, Role.TRAINER, Role.PARTNER };

    /** Who reads the organisation's people: the admins who manage them and the agents who work with them. */
    static final Role[] PEOPLE_READERS = { Role.ADMIN, Role.AGENT };

    /** Who reads the computed indicators: admins, agents, the mission committee and the independent auditor. */
    static final Role[] INDICATOR_READERS = { Role.ADMIN, Role.AGENT, Role.COMMITTEE, Role.AUDITOR };

    // Organisations (platform level)

    /** Only a platform administrator (realm role in the token) creates organisations. */
    public void createOrganisation(Identity caller) {
        if (!caller.platformAdmin()) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Whether the caller lists every organisation of the platform: a platform administrator does (it creates
     * them and gives them their first admin); anyone else lists only the organisations it belongs to.
     */
    public boolean listsEveryOrganisation(Identity caller) {
        return caller.platformAdmin();
    }

    /**
     * Everyone with access to the organisation reads its record (name, kind, time zone): its members, its API
     * clients, and a platform administrator without membership.
     */
    public void readOrganisation(OrgAccess caller) {
        // Having an OrgAccess at all is the condition: an outsider never gets one (404 on resolution).
    }

    /** Only the organisation's admins change its name, kind, SIREN and time zone. */
    public void updateOrganisation(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    // People

    /** Admins (who manage people) and agents (who assign and answer them) list the organisation's people. */
    public void listPeople(OrgAccess caller) {
        caller.require(PEOPLE_READERS);
    }

    /**
     * Anyone reads its own record in the organisation; admins and agents read everyone's. Others are refused
     * whatever the id (403), before anything is loaded.
     */
    public void readPerson(OrgAccess caller, UUID personId) {
        if (caller.personId() != null && caller.personId().equals(personId)) {
            return;
        }
        caller.require(PEOPLE_READERS);
    }

    /**
     * Admins register people with roles; so does a platform administrator in any organisation, which is how
     * an organisation gets its first admin.
     */
    public void registerPerson(OrgAccess caller) {
        requireAdminOrPlatformAdmin(caller);
    }

    /** Only admins change a person's name, roles and affiliation, or remove the person from the organisation. */
    public void managePerson(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    // API clients

    /**
     * Admins register partner systems' client ids with roles; so does a platform administrator in any
     * organisation.
     */
    public void registerApiClient(OrgAccess caller) {
        requireAdminOrPlatformAdmin(caller);
    }

    /** Only admins list, read, change and revoke the registered API clients. */
    public void manageApiClients(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    // Member structures and their subscriptions

    /** Admins, agents, trainers and partners search the member directory; the others are refused (403). */
    public void searchMembers(OrgAccess caller) {
        caller.require(DIRECTORY_READERS);
    }

    /**
     * Directory readers see every member structure; a person affiliated to one (a requester, a learner) sees
     * that one only: any other is not found for it (404). A caller without any role here is refused (403).
     * The same rule reads the structure's subscriptions.
     */
    public void readMember(OrgAccess caller, UUID memberId) {
        requireSomeRole(caller);
        if (caller.has(DIRECTORY_READERS) || memberId.equals(caller.memberId())) {
            return;
        }
        throw new NotFoundException("member", memberId);
    }

    /** Only admins create, change and delete member structures. */
    public void manageMembers(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    /** Only admins subscribe a member structure to a service, change or delete its subscriptions. */
    public void manageSubscriptions(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    // Teams, services, calendar

    /**
     * Everyone with a role in the organisation (people and API clients) reads its teams, services and
     * business calendar: tickets, categories and due dates refer to them.
     */
    public void readCatalogue(OrgAccess caller) {
        requireSomeRole(caller);
    }

    /** Only admins create, change and delete teams. */
    public void manageTeams(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    /** Only admins create, change and delete services. */
    public void manageServices(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    /** Only admins replace the opening hours, holiday zone and closure days. */
    public void manageCalendar(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    /** Only admins word the organisation's e-mails their own way (mail templates). */
    public void manageMailTemplates(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    // Webhooks and indicators

    /**
     * Only admins manage webhooks (subscriptions, signing secrets, delivery log, redelivery) and read the
     * event types: deliveries carry the organisation's data to a URL of their choice.
     */
    public void manageWebhooks(OrgAccess caller) {
        caller.require(Role.ADMIN);
    }

    /** Admins, agents, the mission committee and the auditor list and compute indicators. */
    public void readIndicators(OrgAccess caller) {
        caller.require(INDICATOR_READERS);
    }

    private static void requireAdminOrPlatformAdmin(OrgAccess caller) {
        if (!caller.platformAdmin()) {
            caller.require(Role.ADMIN);
        }
    }

    /** A platform administrator who is no member holds no role here: beyond its own grants, 403. */
    private static void requireSomeRole(OrgAccess caller) {
        if (caller.roles().isEmpty()) {
            throw new AccessDeniedException();
        }
    }
}
