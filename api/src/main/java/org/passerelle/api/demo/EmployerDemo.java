package org.passerelle.api.demo;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonData;
import org.passerelle.core.person.Role;
import org.passerelle.training.agreement.AcceptanceData;
import org.passerelle.training.agreement.AgreementService;
import org.passerelle.training.enrolment.EnrolmentData;
import org.passerelle.training.enrolment.EnrolmentService;

/**
 * The employer's side of the demo training organisation: the member structure's contact, who enrolled a second
 * agent into the open session and accepted the structure's training agreement for the held one.
 */
@ApplicationScoped
class EmployerDemo {

    private final PeopleDirectory people;
    private final EnrolmentService enrolments;
    private final AgreementService agreements;

    EmployerDemo(PeopleDirectory people, EnrolmentService enrolments, AgreementService agreements) {
        this.people = people;
        this.enrolments = enrolments;
        this.agreements = agreements;
    }

    void load(OrgAccess asAdmin, UUID structure, UUID held, UUID open) {
        UUID contact = people.register(asAdmin, new PersonData("contact@alphalia.test", "Nadia Bernard (Diagonales)",
                Set.of(Role.REQUESTER), structure, null, true)).id();
        UUID agent = people.register(asAdmin, new PersonData("agent@alphalia.test", "Médiateur de la régie",
                Set.of(Role.LEARNER), structure)).id();
        OrgAccess asContact = new OrgAccess(asAdmin.orgId(), asAdmin.slug(), asAdmin.zone(), Set.of(Role.REQUESTER),
                structure, null, true, contact, null, false);
        enrolments.enrol(asContact, open, new EnrolmentData(agent, null, null, null, null,
                "Nouveau médiateur de la régie", "Accueillir les usagers en autonomie", null, null));
        String version = agreements.view(asContact, structure, held).version();
        agreements.accept(asContact, structure, held, new AcceptanceData(version), null,
                "Passerelle (données de démonstration)", Locale.FRENCH);
    }
}
