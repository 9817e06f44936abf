package org.passerelle.api.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.core.person.Role;
import org.passerelle.mission.committee.CommitteeMemberData;
import org.passerelle.mission.committee.CommitteeRole;
import org.passerelle.mission.committee.CommitteeService;
import org.passerelle.mission.committee.MeetingData;
import org.passerelle.mission.framework.ActionData;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.framework.ObjectiveData;
import org.passerelle.mission.framework.ProfileData;
import org.passerelle.mission.framework.Progress;
import org.passerelle.mission.framework.PurposeData;
import org.passerelle.mission.indicator.Direction;
import org.passerelle.mission.indicator.IndicatorData;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.IndicatorType;
import org.passerelle.mission.indicator.MeasurementData;
import org.passerelle.mission.indicator.Target;
import org.passerelle.mission.sesame.SesameService;

/**
 * The training organisation's mission as its 2024 report tells it: raison d'être, 4 statutory and 8
 * operational objectives with the 2024 actions, targets for 2025–2026 (two of them computed from training
 * data), the committee with its president (the demo committee user) and first meeting, and an open Sésame
 * campaign that the committee user can answer. Everything is entered as the organisation's admin would, through
 * the services and their policy.
 */
@ApplicationScoped
class MissionDemo {

    private static final String[][] OBJECTIVES = {
            { "1", "Le partage du numérique via l'Open Source" },
            { "1.1", "Co-concevoir les dispositifs favorisant la mise en place de logiciels inclusifs open source.",
                    "Mettre en production un environnement de formation basé principalement sur des logiciels open source, en y impliquant les stagiaires." },
            { "1.2", "Outiller les communautés.",
                    "Déployer des services numériques alternatifs aux GAFAM auprès des salariés et partenaires : un réseau social d'entreprise privé et open source." },
            { "2", "Développement et intégration d'interface open source" },
            { "2.1", "Mettre en place des actions de R&D pour développer les actions d'innovation frugales techniquement.",
                    "Conclure deux partenariats allant dans ce sens." },
            { "2.2", "Devenir agrégateur de contenus notamment Open Source.",
                    "Mettre en place un espace numérique centralisé où sont principalement agrégés des logiciels open source." },
            { "3", "Le développement de modes de formation innovants" },
            { "3.1", "Agir pour les communs numériques.",
                    "Être lauréat du programme Conseillers numériques, déployer la formation et la dispenser à 450 personnes." },
            { "3.2", "Intégrer une approche comportementale dans les formations numériques.",
                    "Concevoir des modules « Soft Skills » appréciés par les stagiaires." },
            { "4", "L'innovation numérique dans la formation" },
            { "4.1", "Promouvoir les solutions Open Source lors des formations.",
                    "Présenter des alternatives open source aux solutions propriétaires lors de toutes les sessions." },
            { "4.2", "Systématisation de la formation distancielle synchrone.",
                    "Doter les formateurs d'outils et de méthodes pour des formations synchrones à distance." } };

    private static final List<Progress> PROGRESS_2024 = List.of(Progress.ADVANCED, Progress.STARTED, Progress.STARTED,
            Progress.NOT_STARTED, Progress.ACHIEVED, Progress.ADVANCED, Progress.ADVANCED, Progress.ADVANCED);

    private final FrameworkService framework;
    private final IndicatorService indicators;
    private final CommitteeService committee;
    private final SesameService sesame;
    private final OrganisationService organisations;

    MissionDemo(FrameworkService framework, IndicatorService indicators, CommitteeService committee,
            SesameService sesame, OrganisationService organisations) {
        this.framework = framework;
        this.indicators = indicators;
        this.committee = committee;
        this.sesame = sesame;
        this.organisations = organisations;
    }

    /** Loads the mission of organisation {@code orgId} as its admin person {@code admin}. */
    void load(UUID orgId, UUID president, UUID admin) {
        OrganisationView organisation = organisations.get(orgId);
        OrgAccess org = new OrgAccess(orgId, organisation.slug(), organisation.zone(), Set.of(Role.ADMIN), null, null,
                false, admin, null, false);
        framework.updateProfile(org, 0, new ProfileData(FrameworkKind.MISSION, 9, false));
        framework.adoptPurpose(org, new PurposeData("Alphalia a la conviction que l'humanité doit laisser toute sa "
                + "place à la singularité tout en préservant la pluralité et la diversité qui l'entourent. La diffusion, "
                + "le partage et la gestion solidaire et durable des savoirs et des échanges sont des piliers des grands "
                + "bouleversements que l'humanité devra réaliser pour le bien commun.", LocalDate.of(2023, 6, 30),
                LocalDate.of(2023, 7, 12)));
        List<UUID> operational = new ArrayList<>();
        UUID statutory = null;
        for (String[] o : OBJECTIVES) {
            if (o.length == 2) {
                statutory = framework.createObjective(org, new ObjectiveData(null, o[0], o[1], null)).id();
            } else {
                UUID id = framework.createObjective(org, new ObjectiveData(statutory, o[0], o[1], null)).id();
                Progress progress = PROGRESS_2024.get(operational.size());
                framework.putAction(org, id, 2024, null, new ActionData(o[2], progress,
                        progress == Progress.ACHIEVED ? 100 : null, null, null, null));
                operational.add(id);
            }
        }

        indicator(org, operational.get(0), "Stagiaires impliqués dans l'environnement open source", IndicatorType.RESULT,
                "%", null, List.of(target(2025, 85, null), target(2026, 90, null)));
        indicator(org, operational.get(1), "Formateurs actifs", IndicatorType.MEANS, "formateurs",
                "training.trainers.active", List.of(target(2025, 16, null), target(2026, 20, null)));
        UUID satisfaction = indicator(org, operational.get(4), "Satisfaction des conseillers numériques",
                IndicatorType.IMPACT, "%", null, List.of(target(2024, 40, null), target(2025, 40, null), target(2026, 40, null)));
        indicators.record(org, satisfaction, new MeasurementData(2024, new BigDecimal("86.3"), null,
                "Taux de satisfaction annuel de la formation initiale"));
        indicator(org, operational.get(5), "Modules « Soft Skills » commercialisés", IndicatorType.RESULT, "modules", null,
                List.of(target(2025, 5, "Commercialiser entre 5 et 7 modules « Soft Skills »"),
                        target(2026, 20, "Élargir le catalogue à une vingtaine de références")));
        indicator(org, operational.get(6), "Sessions présentant des alternatives open source", IndicatorType.RESULT, "%",
                "training.sessions.open-source-share", List.of(target(2025, 100, null), target(2026, 100, null)));
        indicator(org, operational.get(7), "Formateurs certifiés FEFAD", IndicatorType.RESULT, "formateurs", null,
                List.of(target(2025, 16, "Certification interne dispensée à 16 formateurs partenaires"),
                        target(2026, 100, "Certification FEFAD au RNCP et dispensée à une centaine de formateurs")));

        LocalDate start = LocalDate.of(2024, 12, 1);
        List<UUID> seats = new ArrayList<>();
        seats.add(committee.appoint(org, new CommitteeMemberData(president, "Benjamin Rivalland",
                "Président de la société eMundus, membre du CA du pôle de compétitivité ENTER.", CommitteeRole.PRESIDENT,
                false, start, null)).id());
        String[][] others = { { "David Blaise-Martin", "SECRETARY", "Dirigeant de Transition Résilience." },
                { "David Berthiaud", "MEMBER", "DSI de la ville et de l'agglomération de La Rochelle." },
                { "Guillaume Cheramy", "MEMBER", "CEO d'Aukfood, VP du réseau Alliance Libre." },
                { "Vincent Enard", "MEMBER", "Directeur de la Régie de quartiers DIAGONALES." },
                { "Pierre Gasté", "MEMBER", "Co-fondateur de Net SOLIDAIRE et d'Alphalia, qu'il anime." },
                { "Pascale Morel", "MEMBER", "Directrice d'Horizon Habitat Jeunes." },
                { "Stéphanie Pietre", "MEMBER", "Consultante et formatrice indépendante, animatrice du cluster Digital Bay." } };
        for (String[] m : others) {
            seats.add(committee.appoint(org, new CommitteeMemberData(null, m[0], m[2], CommitteeRole.valueOf(m[1]),
                    "Pierre Gasté".equals(m[0]), start, null)).id());
        }
        committee.record(org, new MeetingData(LocalDate.of(2024, 12, 18), "Première réunion du comité de mission",
                "Présentation de l'activité ; raison d'être, objectifs statutaires et opérationnels",
                "Les huit membres ont fait connaissance et questionné la raison d'être et les objectifs.",
                "Bureau élu ; réunions trimestrielles en 2025", seats));
        sesame.open(org, 2025);
    }

    private UUID indicator(OrgAccess org, UUID objective, String name, IndicatorType type, String unit, String source,
            List<Target> targets) {
        return indicators.create(org, new IndicatorData(objective, name, type, unit, Direction.AT_LEAST, null, null, null,
                source, Map.of(), targets)).id();
    }

    private static Target target(int year, int value, String label) {
        return new Target(year, BigDecimal.valueOf(value), label);
    }
}
