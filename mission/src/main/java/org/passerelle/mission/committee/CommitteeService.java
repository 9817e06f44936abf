package org.passerelle.mission.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.ConflictException;
import org.passerelle.core.error.NotFoundException;
import org.passerelle.core.error.RuleViolationException;
import org.passerelle.core.error.StaleVersionException;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.persistence.TenantRepository;
import org.passerelle.mission.MissionPolicy;
import org.passerelle.mission.framework.FrameworkService;

/**
 * The comité de mission (or its référent), its members' terms and its meetings. Methods taking the caller's
 * {@link OrgAccess} ask {@link MissionPolicy}; those taking a bare organisation id serve reports, the evidence
 * package and the Sésame evaluation and decide nothing.
 */
@ApplicationScoped
public class CommitteeService {

    /** The committee is meant to meet three times a year. */
    public static final int MEETINGS_PER_YEAR = 3;

    private static final String MEMBER = "committee member";
    private static final String MEETING = "meeting";

    @ApplicationScoped
    static class Members implements TenantRepository<CommitteeMember> {
    }

    @ApplicationScoped
    static class Meetings implements TenantRepository<Meeting> {
    }

    private final Members members;
    private final Meetings meetings;
    private final PeopleDirectory people;
    private final FrameworkService framework;
    private final MissionPolicy policy;

    CommitteeService(Members members, Meetings meetings, PeopleDirectory people, FrameworkService framework,
            MissionPolicy policy) {
        this.members = members;
        this.meetings = meetings;
        this.people = people;
        this.framework = framework;
        this.policy = policy;
    }

    /** Every seat ever held, current ones first. */
    public List<CommitteeMemberView> members(OrgAccess caller) {
        policy.read(caller);
        return members(caller.orgId());
    }

    public List<CommitteeMemberView> members(UUID orgId) {
        return members.list("orgId = ?1 order by termEnd nulls first, role, lower(name)", orgId).stream()
                .map(CommitteeMember::view).toList();
    }

    public CommitteeMemberView member(OrgAccess caller, UUID id) {
        CommitteeMember m = members.getInOrg(caller.orgId(), id, MEMBER);
        policy.see(caller, MEMBER, id);
        return m.view();
    }

    /** The seat the person holds on {@code day}, if any: how a committee member is recognised. */
    public Optional<CommitteeMemberView> seatOf(UUID orgId, UUID personId, LocalDate day) {
        if (personId == null) {
            return Optional.empty();
        }
        return members.list("orgId = ?1 and personId = ?2", orgId, personId).stream().map(CommitteeMember::view)
                .filter(m -> m.sitsOn(day)).findFirst();
    }

    @Transactional
    public CommitteeMemberView appoint(OrgAccess caller, @Valid CommitteeMemberData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        check(orgId, null, data);
        CommitteeMember m = new CommitteeMember();
        m.orgId = orgId;
        m.apply(data);
        members.persistAndFlush(m);
        return m.view();
    }

    @Transactional
    public CommitteeMemberView update(OrgAccess caller, UUID id, long expectedVersion, @Valid CommitteeMemberData data) {
        UUID orgId = caller.orgId();
        CommitteeMember m = members.getInOrg(orgId, id, MEMBER);
        policy.manage(caller, MEMBER, id);
        StaleVersionException.check(expectedVersion, m.version);
        check(orgId, id, data);
        m.apply(data);
        members.flush();
        return m.view();
    }

    @Transactional
    public void remove(OrgAccess caller, UUID id, long expectedVersion) {
        CommitteeMember m = members.getInOrg(caller.orgId(), id, MEMBER);
        policy.manage(caller, MEMBER, id);
        StaleVersionException.check(expectedVersion, m.version);
        members.delete(m);
        members.flush();
    }

    /** The committee sitting on {@code day} (null: today), the meetings of its year, and what is missing. */
    public CommitteeView composition(OrgAccess caller, LocalDate day) {
        policy.read(caller);
        return composition(caller.orgId(), day == null ? LocalDate.now(caller.zone()) : day);
    }

    public CommitteeView composition(UUID orgId, LocalDate day) {
        List<CommitteeMemberView> sitting = members(orgId).stream().filter(m -> m.sitsOn(day)).toList();
        boolean referentOnly = sitting.size() == 1 && sitting.get(0).role() == CommitteeRole.REFERENT;
        List<String> warnings = new ArrayList<>();
        if (sitting.isEmpty()) {
            warnings.add("empty");
        } else if (referentOnly) {
            if (!framework.profile(orgId).smallCompany()) {
                warnings.add("referent-not-allowed");
            }
        } else {
            if (sitting.stream().noneMatch(CommitteeMemberView::employee)) {
                warnings.add("no-employee");
            }
            if (sitting.stream().noneMatch(m -> m.role() == CommitteeRole.PRESIDENT)) {
                warnings.add("no-president");
            }
        }
        int held = (int) meetings.count("orgId = ?1 and heldOn >= ?2 and heldOn <= ?3", orgId,
                LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31));
        return new CommitteeView(sitting, referentOnly, held, MEETINGS_PER_YEAR, warnings);
    }

    // --- meetings ----------------------------------------------------------------------------------------

    public List<MeetingView> meetings(OrgAccess caller, Integer year) {
        policy.read(caller);
        return meetings(caller.orgId(), year);
    }

    public List<MeetingView> meetings(UUID orgId, Integer year) {
        if (year == null) {
            return meetings.list("orgId = ?1 order by heldOn desc", orgId).stream().map(Meeting::view).toList();
        }
        return meetings.list("orgId = ?1 and heldOn >= ?2 and heldOn <= ?3 order by heldOn", orgId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream().map(Meeting::view).toList();
    }

    public MeetingView meeting(OrgAccess caller, UUID id) {
        Meeting m = meetings.getInOrg(caller.orgId(), id, MEETING);
        policy.see(caller, MEETING, id);
        return m.view();
    }

    @Transactional
    public MeetingView record(OrgAccess caller, @Valid MeetingData data) {
        policy.manage(caller);
        UUID orgId = caller.orgId();
        checkAttendees(orgId, data);
        Meeting m = new Meeting();
        m.orgId = orgId;
        m.apply(data);
        meetings.persistAndFlush(m);
        return m.view();
    }

    @Transactional
    public MeetingView update(OrgAccess caller, UUID id, long expectedVersion, @Valid MeetingData data) {
        UUID orgId = caller.orgId();
        Meeting m = meetings.getInOrg(orgId, id, MEETING);
        policy.manage(caller, MEETING, id);
        StaleVersionException.check(expectedVersion, m.version);
        checkAttendees(orgId, data);
        m.apply(data);
        meetings.flush();
        return m.view();
    }

    @Transactional
    public void deleteMeeting(OrgAccess caller, UUID id, long expectedVersion) {
        Meeting m = meetings.getInOrg(caller.orgId(), id, MEETING);
        policy.manage(caller, MEETING, id);
        StaleVersionException.check(expectedVersion, m.version);
        meetings.delete(m);
        meetings.flush();
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private void check(UUID orgId, UUID self, CommitteeMemberData data) {
        if (data.termEnd() != null && data.termEnd().isBefore(data.termStart())) {
            throw new RuleViolationException("termEnd", "mission.committee.term-end-before-start");
        }
        if (data.personId() != null) {
            try {
                people.get(orgId, data.personId());
            } catch (NotFoundException e) {
                throw new RuleViolationException("personId", "mission.committee.unknown-person", data.personId());
            }
            boolean seated = members.list("orgId = ?1 and personId = ?2", orgId, data.personId()).stream()
                    .anyMatch(m -> !m.id.equals(self));
            if (seated) {
                throw new ConflictException("mission.committee.person-seated", data.name());
            }
        }
        if (data.role() == CommitteeRole.PRESIDENT || data.role() == CommitteeRole.REFERENT) {
            boolean taken = members.list("orgId = ?1 and role = ?2", orgId, data.role()).stream()
                    .map(CommitteeMember::view)
                    .anyMatch(m -> !m.id().equals(self) && overlaps(m, data));
            if (taken) {
                throw new ConflictException("mission.committee.role-taken", data.role().name());
            }
        }
    }

    private static boolean overlaps(CommitteeMemberView m, CommitteeMemberData d) {
        LocalDate farFuture = LocalDate.of(9999, 12, 31);
        LocalDate mEnd = m.termEnd() == null ? farFuture : m.termEnd();
        LocalDate dEnd = d.termEnd() == null ? farFuture : d.termEnd();
        return !m.termStart().isAfter(dEnd) && !d.termStart().isAfter(mEnd);
    }

    private void checkAttendees(UUID orgId, MeetingData data) {
        if (data.attendeeIds() == null) {
            return;
        }
        Set<UUID> known = new HashSet<>();
        members.list("orgId = ?1", orgId).forEach(m -> known.add(m.id));
        for (UUID id : data.attendeeIds()) {
            if (!known.contains(id)) {
                throw new RuleViolationException("attendeeIds", "mission.meeting.unknown-attendee", id);
            }
        }
    }
}
