package org.passerelle.inclusion;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;

/**
 * Who may do what in inclusion: the only place of the module that reads the caller's roles. Services load the
 * object in the caller's organisation (404 when absent), then ask a rule here, then check states (409/422). A
 * rule throws {@link NotFoundException} when the caller may not see the object (404, as for an id that does not
 * exist) and {@link AccessDeniedException} when it may see it but not do this (403); a rule about a collection
 * answers 403 before anything is read.
 */
@ApplicationScoped
public class InclusionPolicy {

    /** The programme team: runs equipment, beneficiaries and loans, and any other inclusion programme. */
    private static final Role[] TEAM = { Role.ADMIN, Role.AGENT };

    /** Who reads the programmes' figures: the team, the auditor (OTI) and the comité de mission. */
    private static final Role[] FIGURES = { Role.ADMIN, Role.AGENT, Role.AUDITOR, Role.COMMITTEE };

    // --- Equipment and loans (Mon ordi Pin40) -----------------------------------------------------------

    /** Equipment lots and items: the team only. */
    public void manageEquipment(OrgAccess caller) {
        caller.require(TEAM);
    }

    /**
     * Whose beneficiaries (and their loans) the caller lists: the team any, or those referred by the structure it
     * names; the contact of a member structure those its structure referred, whatever it names; nobody else (403).
     *
     * @return the referring structure to filter on (null: any)
     */
    public UUID beneficiariesOf(OrgAccess caller, UUID memberId) {
        if (caller.has(TEAM)) {
            return memberId;
        }
        if (isStructureContact(caller)) {
            return caller.memberId();
        }
        throw new AccessDeniedException();
    }

    /**
     * The team reads every beneficiary and loan, a structure's contact those its structure referred
     * ({@code referredBy}); anyone else gets 404.
     */
    public void readBeneficiary(OrgAccess caller, String resource, UUID id, UUID referredBy) {
        boolean visible = caller.has(TEAM)
                || isStructureContact(caller) && caller.memberId().equals(referredBy);
        if (!visible) {
            throw new NotFoundException(resource, id);
        }
    }

    /**
     * Who refers a beneficiary, and from which structure: the team from any (or none); a structure's contact from
     * its own only (naming another is 403); nobody else (403).
     *
     * @return the referring structure to record
     */
    public UUID refer(OrgAccess caller, UUID memberId) {
        if (caller.has(TEAM)) {
            return memberId;
        }
        if (isStructureContact(caller) && (memberId == null || memberId.equals(caller.memberId()))) {
            return caller.memberId();
        }
        throw new AccessDeniedException();
    }

    /** The team changes a beneficiary (eligibility, signed charter) and lends, grants and takes back items. */
    public void manageBeneficiary(OrgAccess caller, String resource, UUID id, UUID referredBy) {
        readBeneficiary(caller, resource, id, referredBy);
        caller.require(TEAM);
    }

    /** The team lends an item to a beneficiary. */
    public void lend(OrgAccess caller) {
        caller.require(TEAM);
    }

    // --- Figures -------------------------------------------------------------------------------------

    /** The programmes' figures: the team, the auditor and the comité de mission. */
    public void readFigures(OrgAccess caller) {
        caller.require(FIGURES);
    }

    // --- Diagnostic campaigns (org.passerelle.inclusion.diagnostic) ------------------------------------------

    /**
     * Lists of campaigns and the framework: staff, and a member structure's contact (a membership with
     * {@code memberContact} and a member structure), who runs its own structure's campaigns. Anyone else: 403.
     */
    public void readDiagnostics(OrgAccess caller) {
        if (!caller.has(TEAM) && !isStructureContact(caller)) {
            throw new AccessDeniedException();
        }
    }

    /** Whose campaigns a list shows: every structure's for staff ({@code null}), the contact's own structure's. */
    public UUID diagnosticsScope(OrgAccess caller) {
        readDiagnostics(caller);
        return caller.has(TEAM) ? null : caller.memberId();
    }

    /**
     * The member structure a new campaign is for: staff name any (required); a contact its own, which it may omit,
     * and naming another structure is 403.
     */
    public UUID campaignMember(OrgAccess caller, UUID named) {
        readDiagnostics(caller);
        if (caller.has(TEAM)) {
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
        if (!caller.has(TEAM) && !(isStructureContact(caller) && caller.memberId().equals(campaignMemberId))) {
            throw new NotFoundException("campaign", campaignId);
        }
    }

    /** Which competences a catalogue course develops: staff set it (403 for the contacts who read it). */
    public void mapCourses(OrgAccess caller) {
        readDiagnostics(caller);
        caller.require(TEAM);
    }

    // --- Facts ---------------------------------------------------------------------------------------

    /** The contact person of a member structure (a commune's CCAS, a France Services), whatever its role. */
    private static boolean isStructureContact(OrgAccess caller) {
        return caller.memberContact() && caller.memberId() != null && !caller.roles().isEmpty();
    }
}
