package org.passerelle.api.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonData;
import org.passerelle.core.person.Role;
import org.passerelle.inclusion.diagnostic.CourseCompetences;
import org.passerelle.inclusion.diagnostic.DiagnosticCampaignData;
import org.passerelle.inclusion.diagnostic.DiagnosticService;
import org.passerelle.inclusion.diagnostic.ParticipantData;
import org.passerelle.inclusion.diagnostic.ProposalService;
import org.passerelle.inclusion.diagnostic.ResultSheet;
import org.passerelle.inclusion.diagnostic.ResultSheet.Result;

/**
 * The agency's Pix Territoires offer (seed 001): Soustons assesses three of its agents on the Pix framework, and
 * the "after-diagnostic" proposes the catalogue's first-steps course for their weakest competences.
 */
@ApplicationScoped
class DiagnosticDemo {

    /** Each agent's Pix levels, competence by competence (1.1 … 5.2), as a test campaign returns them. */
    private static final List<String[]> AGENTS = List.of(
            new String[] { "accueil.soustons@alpi.test", "Sandrine Laborde", "1.1:3 1.2:2 2.1:4 2.2:2 3.1:3 4.1:1 4.2:1 5.1:2" },
            new String[] { "etat-civil.soustons@alpi.test", "Michel Darrigade", "1.1:1 1.2:1 2.1:2 3.1:2 4.1:0 4.2:1 5.1:1" },
            new String[] { "urbanisme.soustons@alpi.test", "Laure Castets", "1.1:5 1.2:4 2.1:5 3.1:4 3.2:3 4.1:3 4.2:2 5.2:3" });

    private final PeopleDirectory people;
    private final DiagnosticService diagnostics;
    private final ProposalService proposals;

    DiagnosticDemo(PeopleDirectory people, DiagnosticService diagnostics, ProposalService proposals) {
        this.people = people;
        this.diagnostics = diagnostics;
        this.proposals = proposals;
    }

    void load(OrgAccess admin, UUID soustons, UUID firstStepsCourse) {
        proposals.map(admin, new CourseCompetences(firstStepsCourse, List.of("1.1", "2.1", "4.1", "4.2")));
        UUID campaign = diagnostics.open(admin,
                new DiagnosticCampaignData(soustons, "Pix Territoires — diagnostic des agents 2025")).id();
        List<Result> results = new ArrayList<>();
        for (String[] agent : AGENTS) {
            UUID person = people.register(admin, new PersonData(agent[0], agent[1], Set.of(Role.LEARNER), soustons)).id();
            diagnostics.addParticipant(admin, campaign, new ParticipantData(person));
            for (String level : agent[2].split(" ")) {
                String[] cl = level.split(":");
                results.add(new Result(person, cl[0], Integer.valueOf(cl[1])));
            }
        }
        diagnostics.record(admin, campaign, new ResultSheet(results));
        proposals.propose(admin, campaign);
    }
}
