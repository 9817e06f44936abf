package org.passerelle.api.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.framework.FrameworkService;
import org.passerelle.mission.framework.ObjectiveData;
import org.passerelle.mission.framework.ProfileData;
import org.passerelle.mission.indicator.Direction;
import org.passerelle.mission.indicator.IndicatorData;
import org.passerelle.mission.indicator.IndicatorService;
import org.passerelle.mission.indicator.IndicatorType;
import org.passerelle.mission.indicator.MeasurementData;

/**
 * The SCOP Alma (seed 002, published 3 February 2025): an extra-financial framework on the four pillars of
 * economic citizenship it names, each with an objective taken from the interview and indicators whose 2024 values
 * are the interview's own figures — nothing else. The seed gives no head count and no date for the raison d'être,
 * so the profile keeps its default head count and no purpose is recorded.
 */
@ApplicationScoped
class CooperativeDemo {

    static final int YEAR = 2024;

    /** Pillar, its objective, then indicators as name, unit, direction, value, the seed's words. */
    private static final Object[][][] PILLARS = {
            { { "1", "La vie démocratique (le partage du pouvoir et des décisions)",
                    "1.1", "Une gouvernance partagée et décentralisée en Scopettes" },
                    { "Scopettes intégrées à la gouvernance", "Scopettes", Direction.AT_LEAST, 5,
                            "« Les Scopettes sont calquées sur nos activités, il y en a 5 au total. »" },
                    { "Voix par personne", "voix", Direction.AT_MOST, 1,
                            "« Avec la gouvernance partagée, le principe 1 personne = 1 voix… »" } },
            { { "2", "La répartition de la valeur créée et la pérennité de l'entreprise",
                    "2.1", "Laisser la valeur sur les territoires et diversifier les métiers" },
                    { "Dividendes remontés des filiales", "€", Direction.AT_MOST, 0,
                            "« On ne remonte aucun dividende de nos filiales. »" },
                    { "Métiers exercés", "métiers", Direction.AT_LEAST, 4,
                            "« Aujourd'hui nous avons 4 métiers. »" } },
            { { "3", "L'épanouissement et l'émancipation des personnes",
                    "3.1", "Des équipes à taille humaine qui rapprochent les collaborateur·ices des décisions" },
                    { "Effectif maximal d'une Scopette", "personnes", Direction.AT_MOST, 50,
                            "« des équipes composées de 10 à 50 personnes qui disposent d'une autonomie opérationnelle »" } },
            { { "4", "La contribution citoyenne, sociale et environnementale",
                    "4.1", "Une énergie citoyenne et la biodiversité sur nos sites" },
                    { "Sites alimentés par Enercoop", "sites", Direction.AT_LEAST, 4,
                            "« notre plus gros site, celui du siège social à Saint-Martin-d'Hères, puis nos agences à Nantes, Tarbes et Lyon »" },
                    { "Années du jardin forestier refuge de biodiversité (LPO)", "ans", Direction.AT_LEAST, 4,
                            "« Le projet a été lancé il y a 4 ans et a embarqué beaucoup de monde chez Alma. »" } } };

    private final FrameworkService framework;
    private final IndicatorService indicators;

    CooperativeDemo(FrameworkService framework, IndicatorService indicators) {
        this.framework = framework;
        this.indicators = indicators;
    }

    /** Loads the framework as the cooperative's admin would. */
    void load(OrgAccess admin) {
        int headCount = framework.profile(admin.orgId()).employeeCount();
        framework.updateProfile(admin, 0, new ProfileData(FrameworkKind.EXTRA_FINANCIAL, headCount, false));
        for (Object[][] pillar : PILLARS) {
            Object[] p = pillar[0];
            UUID statutory = framework.createObjective(admin, new ObjectiveData(null, (String) p[0], (String) p[1], null)).id();
            UUID objective = framework.createObjective(admin,
                    new ObjectiveData(statutory, (String) p[2], (String) p[3], null)).id();
            for (int i = 1; i < pillar.length; i++) {
                Object[] k = pillar[i];
                UUID indicator = indicators.create(admin, new IndicatorData(objective, (String) k[0], IndicatorType.RESULT,
                        (String) k[1], (Direction) k[2], null, null, null, null, Map.of(), List.of())).id();
                indicators.record(admin, indicator, new MeasurementData(YEAR, BigDecimal.valueOf((Integer) k[3]), null,
                        "SCOP Alma, entretien publié le 3 février 2025 : " + k[4]));
            }
        }
    }
}
