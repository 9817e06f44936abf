package org.passerelle.api.demo;

import static java.time.DayOfWeek.FRIDAY;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.passerelle.core.access.Identity;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.apiclient.ApiClientData;
import org.passerelle.core.apiclient.ApiClientRegistry;
import org.passerelle.core.calendar.CalendarData;
import org.passerelle.core.calendar.CalendarService;
import org.passerelle.core.calendar.ClosureDay;
import org.passerelle.core.calendar.OpeningSlot;
import org.passerelle.core.member.Address;
import org.passerelle.core.member.MemberData;
import org.passerelle.core.member.MemberKind;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.organisation.OrganisationData;
import org.passerelle.core.organisation.OrganisationKind;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.person.PeopleDirectory;
import org.passerelle.core.person.PersonData;
import org.passerelle.core.person.Role;
import org.passerelle.core.service.ServiceCatalog;
import org.passerelle.core.service.ServiceData;
import org.passerelle.core.subscription.SubscriptionData;
import org.passerelle.core.subscription.SubscriptionService;
import org.passerelle.core.team.TeamData;
import org.passerelle.core.team.TeamService;
import org.passerelle.ticketing.category.CategoryData;
import org.passerelle.ticketing.category.CategoryService;
import org.passerelle.ticketing.settings.Impact;
import org.passerelle.ticketing.settings.Urgency;
import org.passerelle.ticketing.ticket.Level;
import org.passerelle.ticketing.ticket.NewTicket;
import org.passerelle.ticketing.ticket.TicketCreation;
import org.passerelle.ticketing.ticket.TicketWorkflow;

import io.quarkus.runtime.StartupEvent;

/**
 * Dev-mode demo data from the seed documents: an IT mutualisation agency of the Landes (its pôles,
 * prestations, opening hours and some member communes) and a training organisation that is a société
 * à mission, each with a user per role, the agency's support desk (categories, a few requests, its knowledge
 * base: {@link KnowledgeDemo}) and the
 * training organisation's catalogue ({@link TrainingDemo}) and mission ({@link MissionDemo}), and a cooperative with
 * extra-financial pillars, the SCOP Alma ({@link CooperativeDemo}).
 * Created once; restarts keep what is there.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String AGENCY = "alpi";
    static final String TRAINING = "alphalia";
    static final String COOPERATIVE = "alma";

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event,
            @ConfigProperty(name = "passerelle.demo-data.enabled") boolean enabled, Loader loader) {
        if (enabled) {
            loader.loadOnce();
        }
    }

    @jakarta.enterprise.context.ApplicationScoped
    static class Loader {
        private final OrganisationService organisations;
        private final TeamService teams;
        private final ServiceCatalog services;
        private final MemberService members;
        private final SubscriptionService subscriptions;
        private final PeopleDirectory people;
        private final ApiClientRegistry clients;
        private final CalendarService calendars;
        private final CategoryService categories;
        private final TicketCreation tickets;
        private final TicketWorkflow workflow;
        private final TrainingDemo training;
        private final MissionDemo mission;
        private final KnowledgeDemo knowledge;
        private final InclusionDemo inclusion;
        private final CooperativeDemo cooperative;

        Loader(OrganisationService organisations, TeamService teams, ServiceCatalog services, MemberService members,
                SubscriptionService subscriptions, PeopleDirectory people, ApiClientRegistry clients,
                CalendarService calendars, CategoryService categories, TicketCreation tickets, TicketWorkflow workflow,
                TrainingDemo training, MissionDemo mission, KnowledgeDemo knowledge, InclusionDemo inclusion,
                CooperativeDemo cooperative) {
            this.organisations = organisations;
            this.teams = teams;
            this.services = services;
            this.members = members;
            this.subscriptions = subscriptions;
            this.people = people;
            this.clients = clients;
            this.calendars = calendars;
            this.categories = categories;
            this.tickets = tickets;
            this.workflow = workflow;
            this.training = training;
            this.mission = mission;
            this.knowledge = knowledge;
            this.inclusion = inclusion;
            this.cooperative = cooperative;
        }

        @Transactional
        void loadOnce() {
            // Added after the first two: a database loaded before it gets the cooperative alone.
            if (organisations.findBySlug(COOPERATIVE).isEmpty()) {
                cooperativeOrganisation();
            }
            if (organisations.findBySlug(AGENCY).isPresent()) {
                LOG.info("Demo data already present");
                return;
            }
            agency();
            trainingOrganisation();
            LOG.infof("Demo data loaded: organisations '%s' and '%s'; sign in as e.g. admin@%s.test (any password)",
                    AGENCY, TRAINING, AGENCY);
        }

        private void agency() {
            UUID org = organisations.create(new Identity(null, null, false, "demo data", null, true),
                    new OrganisationData(AGENCY, "Agence landaise pour l'informatique (démo)", OrganisationKind.IT_AGENCY,
                            null, "Europe/Paris")).id();
            OrgAccess admin = firstAdmin(org, AGENCY, "admin@alpi.test", "Renaud Directeur");

            // Opening hours published in the activity report: 8:30–12:30 and 13:30–17:30, Friday until 16:30.
            List<OpeningSlot> week = new ArrayList<>();
            for (var day : List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                    java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY, FRIDAY)) {
                week.add(new OpeningSlot(day, LocalTime.of(8, 30), LocalTime.of(12, 30)));
                week.add(new OpeningSlot(day, LocalTime.of(13, 30), day == FRIDAY ? LocalTime.of(16, 30)
                        : LocalTime.of(17, 30)));
            }
            calendars.replace(admin, 0, new CalendarData("FR", week,
                    List.of(new ClosureDay(LocalDate.of(2025, 5, 30), "Pont de l'Ascension"))));

            Map<String, UUID> team = new HashMap<>();
            for (String[] t : new String[][] {
                    { "Pôle administratif", "administratif@alpi.test" },
                    { "Pôle Service Logiciels", "logiciels@alpi.test" },
                    { "Pôle Paie externalisée", "paie@alpi.test" },
                    { "Pôle Service Matériels", "materiels@alpi.test" },
                    { "Pôle E-Communication", "ecommunication@alpi.test" },
                    { "Pôle E-administration", "eadministration@alpi.test" },
                    { "Pôle Formation", "formation@alpi.test" },
                    { "Pôle Sécurité et hébergement", "securite@alpi.test" },
                    { "Pôle Relation adhérents et innovations", "relation@alpi.test" } }) {
                team.put(t[0], teams.create(admin, new TeamData(t[0], t[1], null)).id());
            }

            Map<String, UUID> service = new HashMap<>();
            for (String[] s : new String[][] {
                    { "FIN-KAILA", "Finances (AFI) Kaila", "Pôle Service Logiciels" },
                    { "GRH-SEDNA", "Paie / GRH (AFI) Sedna", "Pôle Service Logiciels" },
                    { "FIN-CIRIL", "Finances (Ciril)", "Pôle Service Logiciels" },
                    { "FAM-CITYFAMILY", "Services aux familles (Mushroom) CityFamily", "Pôle Service Logiciels" },
                    { "MAT-MAINT", "Maintenance hors serveurs", "Pôle Service Matériels" },
                    { "MAT-ACHAT", "Centrale d'achat de matériels et logiciels", "Pôle Service Matériels" },
                    { "PAIE-EXT", "Paie externalisée", "Pôle Paie externalisée" },
                    { "MSG-ZIMBRA", "Messagerie Zimbra", "Pôle Sécurité et hébergement" },
                    { "SEC-PACKCYBER", "Pack cyber", "Pôle Sécurité et hébergement" },
                    { "WEB-ACCESS", "Accessibilité des sites internet", "Pôle E-Communication" },
                    { "EADM-LANDESPUBLIC", "Démarches en ligne LandesPublic", "Pôle E-administration" },
                    { "FORM-CATALOGUE", "Formations du catalogue", "Pôle Formation" } }) {
                service.put(s[0], services.create(admin, new ServiceData(s[0], s[1], null, team.get(s[2]), true)).id());
            }

            // Members of the comité syndical; populations are rounded orders of magnitude for the demo.
            Map<String, UUID> member = new HashMap<>();
            Object[][] communes = {
                    { "Mairie de Capbreton", MemberKind.COMMUNE, "40065", 9000, "40130", "Capbreton" },
                    { "Mairie de Soustons", MemberKind.COMMUNE, "40310", 8000, "40140", "Soustons" },
                    { "Mairie d'Hagetmau", MemberKind.COMMUNE, "40119", 4500, "40700", "Hagetmau" },
                    { "Mairie de Soorts-Hossegor", MemberKind.COMMUNE, "40304", 4000, "40150", "Soorts-Hossegor" },
                    { "Mairie de Narrosse", MemberKind.COMMUNE, "40202", 3300, "40180", "Narrosse" },
                    { "Mairie de Mugron", MemberKind.COMMUNE, "40200", 1500, "40250", "Mugron" },
                    { "Mairie de Linxe", MemberKind.COMMUNE, "40155", 1400, "40260", "Linxe" },
                    { "Mairie d'Onesse-et-Laharie", MemberKind.COMMUNE, "40209", 1000, "40110", "Onesse-Laharie" },
                    { "Mairie de Haut-Mauco", MemberKind.COMMUNE, "40121", 1000, "40280", "Haut-Mauco" },
                    { "Mairie de Retjons", MemberKind.COMMUNE, "40165", 300, "40120", "Retjons" },
                    { "Mont-de-Marsan Agglomération", MemberKind.INTERCOMMUNALITY, null, 55000, "40000", "Mont-de-Marsan" },
                    { "Communauté de communes d'Aire-sur-l'Adour", MemberKind.INTERCOMMUNALITY, null, 15000, "40800", "Aire-sur-l'Adour" },
                    { "CIAS des Landes Armagnac", MemberKind.HEALTH_SOCIAL_BODY, null, null, "40240", "Labastide-d'Armagnac" },
                    { "Centre de Gestion de la Fonction Publique Territoriale des Landes", MemberKind.PUBLIC_BODY, null, null, "40000", "Mont-de-Marsan" },
                    { "Lycée Louis Darmanté", MemberKind.SCHOOL, null, null, "40130", "Capbreton" } };
            for (Object[] c : communes) {
                member.put((String) c[0], members.create(admin, new MemberData((String) c[0], (MemberKind) c[1], null,
                        (String) c[2], (Integer) c[3], new Address(null, null, (String) c[4], (String) c[5]), null,
                        null, true)).id());
            }
            LocalDate since = LocalDate.of(2024, 1, 1);
            for (String m : member.keySet()) {
                for (String s : List.of("FIN-KAILA", "GRH-SEDNA", "MAT-MAINT", "MSG-ZIMBRA", "FORM-CATALOGUE")) {
                    subscriptions.add(admin, member.get(m), new SubscriptionData(service.get(s), since, null));
                }
            }
            subscriptions.add(admin, member.get("Mairie de Capbreton"),
                    new SubscriptionData(service.get("FAM-CITYFAMILY"), since, null));
            subscriptions.add(admin, member.get("Mairie de Soustons"),
                    new SubscriptionData(service.get("FIN-CIRIL"), since, LocalDate.of(2024, 12, 31)));

            UUID agent = people.register(admin, new PersonData("agent@alpi.test", "Julie Assistance", Set.of(Role.AGENT),
                    null, team.get("Pôle Service Logiciels"), false)).id();
            person(admin, "agent2@alpi.test", "Marc Logiciels", Set.of(Role.AGENT), null);
            person(admin, "trainer@alpi.test", "Sophie Formatrice", Set.of(Role.TRAINER), null);
            UUID requester = people.register(admin, new PersonData("requester@alpi.test",
                    "Secrétariat de mairie de Capbreton", Set.of(Role.REQUESTER), member.get("Mairie de Capbreton"), null,
                    true)).id();
            person(admin, "learner@alpi.test", "Agent de Soustons", Set.of(Role.LEARNER), member.get("Mairie de Soustons"));
            person(admin, "auditor@alpi.test", "Chambre régionale des comptes (démo)", Set.of(Role.AUDITOR), null);
            clients.register(admin, new ApiClientData("alpi-lms", "Plateforme de formation à distance",
                    Set.of(Role.PARTNER)));
            supportDesk(org, team, service, member.get("Mairie de Capbreton"), requester, agent);
            inclusion.load(admin, member.get("Mairie de Capbreton"), member.get("Mairie de Soustons"));
        }

        /** The support portal's categories (the 2024 top five first) and a few requests in different states. */
        private void supportDesk(UUID org, Map<String, UUID> team, Map<String, UUID> service, UUID capbreton,
                UUID requester, UUID agent) {
            Map<String, UUID> category = new HashMap<>();
            for (String[] c : new String[][] {
                    { "Finances (AFI) Kaila", "Pôle Service Logiciels", "FIN-KAILA", "N1" },
                    { "Paie / GRH (AFI) Sedna", "Pôle Service Logiciels", "GRH-SEDNA", "N1" },
                    { "Maintenance hors serveurs", "Pôle Service Matériels", "MAT-MAINT", "N1" },
                    { "Finances (Ciril)", "Pôle Service Logiciels", "FIN-CIRIL", "N1" },
                    { "Services aux familles (Mushroom) Cityfamily", "Pôle Service Logiciels", "FAM-CITYFAMILY", "N1" },
                    { "Messagerie Zimbra", "Pôle Sécurité et hébergement", "MSG-ZIMBRA", "N1" },
                    { "Sécurité informatique (pack cyber)", "Pôle Sécurité et hébergement", "SEC-PACKCYBER", "N2" },
                    { "Bons de commande de matériels", "Pôle Service Matériels", "MAT-ACHAT", "N1" } }) {
                category.put(c[0], categories.create(org, new CategoryData(c[0], null, team.get(c[1]), service.get(c[2]),
                        Level.valueOf(c[3]), true)).id());
            }
            OrgAccess asRequester = new OrgAccess(org, AGENCY, java.time.ZoneId.of("Europe/Paris"),
                    Set.of(Role.REQUESTER), capbreton, null, true, requester, null, false);
            OrgAccess asAgent = new OrgAccess(org, AGENCY, java.time.ZoneId.of("Europe/Paris"), Set.of(Role.AGENT),
                    null, team.get("Pôle Service Logiciels"), false, agent, null, false);
            var kaila = tickets.create(asRequester, new NewTicket(null, null, "Mandat bloqué à la validation",
                    "Le mandat 2025-1432 reste en attente de validation depuis ce matin.",
                    category.get("Finances (AFI) Kaila"), Urgency.HIGH, Impact.MEDIUM, null));
            workflow.take(asAgent, kaila.id(), kaila.version());
            tickets.create(asRequester, new NewTicket(null, null, "Bulletins de paie de mars",
                    "Les bulletins des contractuels ne sortent pas.", category.get("Paie / GRH (AFI) Sedna"),
                    Urgency.MEDIUM, Impact.HIGH, null));
            tickets.create(asRequester, new NewTicket(null, null, "Inscriptions à la cantine",
                    "Les familles ne voient pas le menu de la semaine.",
                    category.get("Services aux familles (Mushroom) Cityfamily"), Urgency.LOW, Impact.LOW, null));
            knowledge.load(asAgent, category, team.get("Pôle Service Logiciels"));
        }

        private void trainingOrganisation() {
            UUID org = organisations.create(new Identity(null, null, false, "demo data", null, true),
                    new OrganisationData(TRAINING, "Alphalia, société à mission (démo)",
                            OrganisationKind.TRAINING_ORGANISATION, null, "Europe/Paris")).id();
            OrgAccess asAdmin = firstAdmin(org, TRAINING, "admin@alphalia.test", "Co-fondatrice");
            UUID admin = asAdmin.personId();
            teams.create(asAdmin, new TeamData("Pédagogie", "pedagogie@alphalia.test", "Formations et formateurs"));
            UUID regie = members.create(asAdmin, new MemberData("Régie de quartiers Diagonales", MemberKind.ASSOCIATION,
                    null, "17300", 75000, new Address(null, null, "17000", "La Rochelle"), null, null, true)).id();
            UUID trainer = person(asAdmin, "trainer@alphalia.test", "Formateur indépendant", Set.of(Role.TRAINER), null);
            UUID learner = person(asAdmin, "learner@alphalia.test", "Conseillère numérique", Set.of(Role.LEARNER), regie);
            UUID president = person(asAdmin, "committee@alphalia.test", "Benjamin Rivalland", Set.of(Role.COMMITTEE), null);
            person(asAdmin, "auditor@alphalia.test", "Organisme tiers indépendant", Set.of(Role.AUDITOR), null);
            // The same person can hold different roles in two organisations.
            person(asAdmin, "trainer@alpi.test", "Sophie Formatrice", Set.of(Role.TRAINER, Role.COMMITTEE), null);
            training.load(org, admin, trainer, learner, regie);
            mission.load(org, president, admin);
        }

        /** The SCOP Alma (seed 002) and its extra-financial pillars ({@link CooperativeDemo}). */
        private void cooperativeOrganisation() {
            UUID org = organisations.create(new Identity(null, null, false, "demo data", null, true),
                    new OrganisationData(COOPERATIVE, "SCOP Alma (démo)", OrganisationKind.COOPERATIVE, null,
                            "Europe/Paris")).id();
            OrgAccess asAdmin = firstAdmin(org, COOPERATIVE, "admin@alma.test", "Responsable communication");
            person(asAdmin, "committee@alma.test", "Commission Environnement", Set.of(Role.COMMITTEE), null);
            cooperative.load(asAdmin);
        }

        private UUID person(OrgAccess admin, String email, String name, Set<Role> roles, UUID memberId) {
            return people.register(admin, new PersonData(email, name, roles, memberId)).id();
        }

        /** Registers the organisation's first admin as a platform administrator does, then acts as that admin. */
        private OrgAccess firstAdmin(UUID org, String slug, String email, String name) {
            java.time.ZoneId zone = java.time.ZoneId.of("Europe/Paris");
            UUID id = people.register(new OrgAccess(org, slug, zone, Set.of(), null, null, false, null, null, true),
                    new PersonData(email, name, Set.of(Role.ADMIN), null)).id();
            return new OrgAccess(org, slug, zone, Set.of(Role.ADMIN), null, null, false, id, null, false);
        }
    }
}
