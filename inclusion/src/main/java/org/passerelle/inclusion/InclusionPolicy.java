package org.passerelle.inclusion;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;

/**
 * Who may do what with inclusion data: the only place of the inclusion module that reads roles. Services ask it
 * after loading the object the caller named (scoped to the caller's organisation: 404 when absent): an object the
 * caller may not see answers the same 404 as an absent one; one it sees but may not change, 403.
 */
@ApplicationScoped
public class InclusionPolicy {

    // --- Diagnostic campaigns (org.passerelle.inclusion.diagnostic) ------------------------------------------

    /** The organisation's staff, who run every structure's campaigns and the course ↔ competence mapping. */
    private static final Role[] STAFF = { Role.ADMIN, Role.AGENT };

    /**
     * Lists of campaigns and the framework: staff, and a member structure's contact (a membership with
     * {@code memberContact} and a member structure), who runs its own structure's campaigns. Anyone else: 403.
     */
    public void readDiagnostics(OrgAccess caller) {
        if (!caller.has(STAFF) && !isContact(caller)) {
            throw new AccessDeniedException();
        }
    }

    /** Whose campaigns a list shows: every structure's for staff ({@code null}), the contact's own structure's. */
    public UUID diagnosticsScope(OrgAccess caller) {
        readDiagnostics(caller);
        return caller.has(STAFF) ? null : caller.memberId();
    }

    /**
     * The member structure a new campaign is for: staff name any (required); a contact its own, which it may omit,
     * and naming another structure is 403.
     */
    public UUID campaignMember(OrgAccess caller, UUID named) {
        readDiagnostics(caller);
        if (caller.has(STAFF)) {
            return named;
        }
        if (named != null && !named.equals(caller.memberId())) {
            throw new AccessDeniedException("inclusion.diagnostic.other-structure");
        }
        return caller.memberId();
    }

    /**
     * A campaign, and everything in it (participants, results, proposals, figures): staff see and run all; a
     * structure's contact its own structure's. Another structure's campaign, like any for anyone else, does not
     * exist for the caller (404).
     */
    public void runCampaign(OrgAccess caller, UUID campaignMemberId, UUID campaignId) {
        if (!caller.has(STAFF) && !(isContact(caller) && caller.memberId().equals(campaignMemberId))) {
            throw new NotFoundException("campaign", campaignId);
        }
    }

    /** Which competences a catalogue course develops: staff set it (403 for the contacts who read it). */
    public void mapCourses(OrgAccess caller) {
        readDiagnostics(caller);
        caller.require(STAFF);
    }

    private static boolean isContact(OrgAccess caller) {
        return caller.memberContact() && caller.memberId() != null;
    }
}
