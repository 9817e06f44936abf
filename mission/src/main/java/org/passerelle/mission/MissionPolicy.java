package org.passerelle.mission;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.AccessDeniedException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.person.Role;

/**
 * Who may do what with mission data: the only place of the mission module that reads roles. The mission
 * services ask it after loading the object the caller named (scoped to the caller's organisation: 404 when
 * absent) and before any state rule (409, 422), so that nothing answers differently for an object that exists
 * and one that does not, or one of another organisation.
 *
 * <p>Mission data belongs to the whole organisation: admins manage it; the comité de mission and the OTI
 * (auditor) read it all; nobody else sees any of it. A caller who may not read mission data is refused lists,
 * creations and yearly documents with 403 (the refusal names no object), and gets 404 for any object it names
 * by id, exactly as for an id that does not exist. A reader gets 403 for what it sees but may not do.
 */
@ApplicationScoped
public class MissionPolicy {

    /** The roles that read mission data. */
    private static final Role[] READERS = { Role.ADMIN, Role.COMMITTEE, Role.AUDITOR };

    /**
     * Lists, the company's facts, the raison d'être, the Sésame grid and campaigns, the yearly report and its
     * findings: admins, the committee and the auditor read all mission data, to run, follow and verify the
     * mission. Any other role: 403.
     */
    public void read(OrgAccess caller) {
        if (!caller.has(READERS)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * An object named by id (objective, indicator, value, seat, meeting, verification cycle): seen by those who
     * read mission data. For anyone else it does not exist: the same 404, naming the same {@code resource} and
     * {@code id}, as an absent object, so that ids leak nothing.
     */
    public void see(OrgAccess caller, String resource, Object id) {
        if (!caller.has(READERS)) {
            throw new NotFoundException(resource, id);
        }
    }

    /**
     * Setting up and changing mission data — company facts, raison d'être, objectives and actions, indicators
     * and their values and evidence, committee seats and meetings, Sésame campaigns, verification cycles,
     * findings and the report's approval: admins only, who answer for the mission before the shareholders.
     * The committee and the auditor read but do not write: 403.
     */
    public void manage(OrgAccess caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }

    /** Changing an object named by id: it must be seen first ({@link #see}, 404), then {@link #manage} (403). */
    public void manage(OrgAccess caller, String resource, Object id) {
        see(caller, resource, id);
        manage(caller);
    }

    /**
     * Answering the Sésame self-evaluation, and reading one's answers back: a committee member answers for
     * itself only, and only while it holds a seat today ({@code seat}: the caller's seat on that day, if any).
     * Admins and the auditor do not answer, since it is the committee's own evaluation: 403; so is a
     * committee-role person without a seat ({@code mission.sesame.not-a-member}). Returns the seat the answers
     * belong to: never anybody else's.
     */
    public UUID answerSesame(OrgAccess caller, Optional<UUID> seat) {
        if (!caller.has(Role.COMMITTEE)) {
            throw new AccessDeniedException();
        }
        return seat.orElseThrow(() -> new AccessDeniedException("mission.sesame.not-a-member"));
    }

    /**
     * The Sésame results of the {@code year}'s campaign (the caller reads mission data, see {@link #read}): admins and the
     * auditor follow them throughout; the committee sees them once the campaign is closed, so that no member's
     * answers are swayed by the others'. A committee member asking while it is open: 403
     * ({@code mission.sesame.results-before-close}).
     */
    public void readSesameResults(OrgAccess caller, int year, boolean campaignClosed) {
        if (!maySeeSesameResults(caller, campaignClosed)) {
            throw new AccessDeniedException("mission.sesame.results-before-close", year);
        }
    }

    /**
     * The rule of {@link #readSesameResults} for the documents that carry the results (the yearly report, the
     * evidence package): they leave the results out for a caller who may not see them yet.
     */
    public boolean maySeeSesameResults(OrgAccess caller, boolean campaignClosed) {
        return caller.has(Role.ADMIN, Role.AUDITOR) || (campaignClosed && caller.has(Role.COMMITTEE));
    }

    /**
     * The OTI's conclusions per statutory objective and its opinion on a cycle it sees: the auditor only, the
     * independent third party whose word they are. Admins and the committee read them: 403.
     */
    public void verify(OrgAccess caller, String resource, Object id) {
        see(caller, resource, id);
        if (!caller.has(Role.AUDITOR)) {
            throw new AccessDeniedException();
        }
    }

    /**
     * The key-figures report (every module's figures of the year, from the indicator sources): admins, agents
     * (whose desk it counts), the committee and the auditor. Any other role: 403.
     */
    public void readKeyFigures(OrgAccess caller) {
        if (!caller.has(Role.ADMIN, Role.AGENT, Role.COMMITTEE, Role.AUDITOR)) {
            throw new AccessDeniedException();
        }
    }
}
