package org.passerelle.ticketing;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;
import org.passerelle.ticketing.knowledge.ArticleStatus;
import org.passerelle.ticketing.knowledge.Visibility;

/**
 * Who may do what in the support desk: the only place of the ticketing module that reads roles. Services ask
 * it after loading the object in the caller's organisation and before any state rule, so that whatever the
 * caller may not see answers 404 (like a random id) and what it may see but not do answers 403.
 *
 * <p>Caller kinds: <b>staff</b> (agents and admins) work every ticket of the organisation; a <b>requester</b>
 * acts for its member structure only; a <b>partner</b> system files tickets and follows them (reads, public
 * comments and files) but takes no workflow action; the committee and auditors read statistics; nobody else
 * (trainers, learners, a platform admin without membership) uses the desk.
 */
@ApplicationScoped
public class TicketingPolicy {

    private static final Role[] STAFF = { Role.AGENT, Role.ADMIN };

    // --- filing and seeing tickets --------------------------------------------------------------------

    /**
     * How a caller files a ticket.
     *
     * @param ownStructureOnly         the caller files for its own structure only ({@code ownStructure})
     * @param ownStructure             that structure (null if the requester has none)
     * @param subscribedCategoriesOnly only categories of services the structure subscribes to
     * @param requesterId              the person recorded as the ticket's requester (null: none)
     */
    public record Filing(boolean ownStructureOnly, UUID ownStructure, boolean subscribedCategoriesOnly,
            UUID requesterId) {
    }

    /**
     * Staff file for any structure in any category; a requester for its own structure in categories of services
     * it subscribes to; a partner for any structure, subscribed categories. Anyone else: 403.
     */
    public Filing fileTicket(OrgAccess caller) {
        boolean staff = isStaff(caller);
        if (!staff && !caller.has(Role.REQUESTER, Role.PARTNER)) {
            throw new AccessDeniedException();
        }
        boolean requester = caller.has(Role.REQUESTER);
        return new Filing(requester && !staff, caller.memberId(), !staff, requester ? caller.personId() : null);
    }

    /**
     * Which tickets a list, search or export shows.
     *
     * @param ownStructureOnly only the tickets of {@code structure}
     * @param structure        the requester's structure
     * @param internalNotes    the full-text search also runs over internal notes
     */
    public record TicketScope(boolean ownStructureOnly, UUID structure, boolean internalNotes) {
    }

    /**
     * Staff and partners list the organisation's tickets, a requester its structure's (its search never reaches
     * internal notes, nor does a partner's). Anyone else: 403.
     */
    public TicketScope listTickets(OrgAccess caller) {
        boolean staff = isStaff(caller);
        if (!staff && !caller.has(Role.REQUESTER, Role.PARTNER)) {
            throw new AccessDeniedException();
        }
        return new TicketScope(!staff && caller.has(Role.REQUESTER), caller.memberId(), staff);
    }

    /** Whether the caller sees a ticket of {@code structureId}: staff and partners all, a requester its structure's. */
    public boolean maySee(OrgAccess caller, UUID structureId) {
        return isStaff(caller) || caller.has(Role.PARTNER) || isStructureRequester(caller, structureId);
    }

    /** A ticket the caller may not see is "not found" (404), whatever the reason, so that existence does not leak. */
    public void seeTicket(OrgAccess caller, UUID ticketId, UUID structureId) {
        if (!maySee(caller, structureId)) {
            throw new NotFoundException("ticket", ticketId);
        }
    }

    /** Internal notes and internal files, and the history lines they leave, are for staff only. */
    public boolean seesInternal(OrgAccess caller) {
        return isStaff(caller);
    }

    // --- follow-ups ------------------------------------------------------------------------------------

    /**
     * Whoever sees the ticket adds public comments and files (a requester, a partner, staff); internal notes and
     * internal files are staff's: 403 for others.
     */
    public void followUp(OrgAccess caller, boolean internal) {
        if (internal && !isStaff(caller)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * A public comment by staff is the desk's reply: it counts as the first response and is mailed to the
     * requester.
     */
    public boolean repliesForTheDesk(OrgAccess caller) {
        return isStaff(caller);
    }

    /**
     * A requester of the ticket's structure answering a waiting ticket resumes it: answering is the requester's
     * way back (it has no resume action). A partner's comment does not resume a ticket.
     */
    public boolean answerResumes(OrgAccess caller, UUID structureId) {
        return !isStaff(caller) && isStructureRequester(caller, structureId);
    }

    // --- workflow actions (the ticket is already visible to the caller) ----------------------------------

    /**
     * A purchase order is approved by its structure's administrative contact (a requester flagged as the
     * structure's contact) or by an organisation admin: agents, partners and other requesters get 403.
     */
    public void approve(OrgAccess caller, UUID structureId) {
        boolean structureContact = isStructureRequester(caller, structureId) && caller.memberContact();
        if (!structureContact && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * Working a ticket is staff's: assign, wait for the requester, resume, resolve, escalate, re-categorise,
     * link and merge. Requesters and partners get 403.
     */
    public void workTicket(OrgAccess caller) {
        if (!isStaff(caller)) {
            throw new AccessDeniedException();
        }
    }

    /** Taking a ticket assigns it to oneself: staff acting as a person (an API client cannot be an assignee). */
    public void takeTicket(OrgAccess caller) {
        workTicket(caller);
        if (caller.personId() == null) {
            throw new AccessDeniedException();
        }
    }

    /** Only the organisation's agents and admins can be assigned tickets. */
    public boolean assignable(Set<Role> rolesOfAssignee) {
        return rolesOfAssignee.contains(Role.AGENT) || rolesOfAssignee.contains(Role.ADMIN);
    }

    /**
     * Resuming a waiting ticket restarts its SLA clock: staff only. A requester resumes it by answering (see
     * {@link #answerResumes}); a partner does not.
     */
    public void resume(OrgAccess caller) {
        workTicket(caller);
    }

    /** Staff and a requester of the ticket's structure close a resolved ticket; partners get 403. */
    public void close(OrgAccess caller, UUID structureId) {
        staffOrStructureRequester(caller, structureId);
    }

    /** Staff and a requester of the ticket's structure reopen a resolved ticket; partners get 403. */
    public void reopen(OrgAccess caller, UUID structureId) {
        staffOrStructureRequester(caller, structureId);
    }

    /**
     * Staff and a requester of the ticket's structure cancel a ticket (a requester only before work starts, see
     * {@link #cancelsStartedWork}); partners get 403.
     */
    public void cancel(OrgAccess caller, UUID structureId) {
        staffOrStructureRequester(caller, structureId);
    }

    /** Staff may cancel a ticket being worked (in progress, waiting); a requester only before work starts. */
    public boolean cancelsStartedWork(OrgAccess caller) {
        return isStaff(caller);
    }

    /** The satisfaction score is the structure's: only a requester of the ticket's structure rates it; others 403. */
    public void rate(OrgAccess caller, UUID structureId) {
        if (!isStructureRequester(caller, structureId)) {
            throw new AccessDeniedException();
        }
    }

    // --- set-up and figures -------------------------------------------------------------------------------

    /**
     * Categories route requests: everyone with a role in the organisation reads them (requesters pick one,
     * partners file with one). A platform administrator who is no member holds no role here: 403, the same for
     * any id, asked before anything is loaded.
     */
    public void readCategories(OrgAccess caller) {
        if (caller.roles().isEmpty()) {
            throw new AccessDeniedException();
        }
    }

    /** Categories are managed by the organisation's admins: 403 for others. */
    public void manageCategories(OrgAccess caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }

    /** The priority matrix, SLA targets and reopening window are read by staff: 403 for others. */
    public void readSettings(OrgAccess caller) {
        workTicket(caller);
    }

    /** The priority matrix, SLA targets and reopening window are set by the organisation's admins: 403 for others. */
    public void manageSettings(OrgAccess caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The desk's statistics are read by staff, the mission committee and auditors (they feed the mission's
     * indicators): 403 for others.
     */
    public void readStatistics(OrgAccess caller) {
        if (!caller.has(Role.ADMIN, Role.AGENT, Role.COMMITTEE, Role.AUDITOR)) {
            throw new AccessDeniedException();
        }
    }

    // --- knowledge base --------------------------------------------------------------------------------

    /**
     * What a reader of the knowledge base sees.
     *
     * @param everyState       drafts and archived articles too (staff, who write them)
     * @param staffArticles    articles of visibility STAFF
     * @param memberStructure  MEMBERS articles of the services this structure subscribes to (null: none)
     */
    public record ArticleReading(boolean everyState, boolean staffArticles, UUID memberStructure) {
    }

    /**
     * Staff read every article; a requester published PUBLIC articles and the MEMBERS ones of the services its
     * structure subscribes to; anyone else (another role, or nobody without a token) published PUBLIC ones.
     */
    public ArticleReading readArticles(OrgAccess caller) {
        boolean staff = isStaff(caller);
        UUID structure = !staff && caller.has(Role.REQUESTER) ? caller.memberId() : null;
        return new ArticleReading(staff, staff, structure);
    }

    /** Whether {@code reading} shows an article; what it does not show answers 404 like a random id. */
    public boolean showsArticle(ArticleReading reading, ArticleStatus status, Visibility visibility,
            boolean serviceSubscribed) {
        if (!reading.everyState() && status != ArticleStatus.PUBLISHED) {
            return false;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> reading.staffArticles() || reading.memberStructure() != null && serviceSubscribed;
            case STAFF -> reading.staffArticles();
        };
    }

    /**
     * Everyone with a role in the organisation reads the knowledge base (what each sees is
     * {@link #readArticles}), and so does the anonymous reader of the public pages (PUBLIC articles only). A
     * platform administrator who is no member holds no role here: 403, asked before anything is loaded.
     */
    public void browseArticles(OrgAccess caller) {
        boolean anonymous = caller.personId() == null && caller.clientId() == null && !caller.platformAdmin();
        if (caller.roles().isEmpty() && !anonymous) {
            throw new AccessDeniedException();
        }
    }

    /** Suggestions come before filing a ticket: for whoever may file one (403 for others). */
    public void suggestArticles(OrgAccess caller) {
        fileTicket(caller);
    }

    /** Articles are written, published and archived by staff, who also link them to tickets: 403 for others. */
    public void writeArticles(OrgAccess caller) {
        workTicket(caller);
    }

    /** Any signed-in reader of an article votes on it, once (voting again changes the vote). */
    public boolean countsOnePerPerson(OrgAccess caller) {
        return caller.personId() != null;
    }

    // --- canned replies -----------------------------------------------------------------------------------

    /** Staff read and apply canned replies: 403 for others. */
    public void useCannedReplies(OrgAccess caller) {
        workTicket(caller);
    }

    /**
     * Admins manage every canned reply; an agent those of its own team (not the organisation-wide ones, whose
     * {@code teamId} is null). Others: 403.
     */
    public void manageCannedReply(OrgAccess caller, UUID teamId) {
        boolean ownTeam = caller.has(Role.AGENT) && teamId != null && teamId.equals(caller.teamId());
        if (!caller.has(Role.ADMIN) && !ownTeam) {
            throw new AccessDeniedException();
        }
    }

    // --- mail intake -------------------------------------------------------------------------------------

    /**
     * Mail is filed as its author only for a requester of a member structure; anyone else's mail waits for staff,
     * who file it as a requester they choose.
     */
    public boolean filesByMail(OrgAccess author) {
        return author.has(Role.REQUESTER) && author.memberId() != null;
    }

    /** Staff review the quarantined mail (list, read, accept as a requester, discard): 403 for others. */
    public void reviewQuarantine(OrgAccess caller) {
        workTicket(caller);
    }

    // --- caller kinds ---------------------------------------------------------------------------------

    private static boolean isStaff(OrgAccess caller) {
        return caller.has(STAFF);
    }

    private static boolean isStructureRequester(OrgAccess caller, UUID structureId) {
        return caller.has(Role.REQUESTER) && structureId != null && structureId.equals(caller.memberId());
    }

    private static void staffOrStructureRequester(OrgAccess caller, UUID structureId) {
        if (!isStaff(caller) && !isStructureRequester(caller, structureId)) {
            throw new AccessDeniedException();
        }
    }
}
