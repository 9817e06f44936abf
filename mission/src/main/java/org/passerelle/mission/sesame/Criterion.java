package org.passerelle.mission.sesame;

import java.util.List;

/**
 * The five criteria of the Sésame self-evaluation grid of the Communauté des entreprises à mission
 * (entreprisesamission.org/le-sesame-vers-la-mission), each with its four level descriptors, in French as
 * published; levels go from 1 (●) to 4 (●●●●).
 */
public enum Criterion {
    SINGULARITY("Singularité de la mission", "Singularity of the mission", List.of(
            "La mission pourrait être utilisée par n'importe quelle entreprise et le lien avec l'activité de l'entreprise n'est pas identifiable",
            "La mission est clairement en lien avec le domaine d'activité de l'entreprise, mais pourrait s'appliquer à d'autres",
            "La mission couvre toute l'activité de l'entreprise et un spécialiste du domaine identifie l'entreprise",
            "La mission reflète sans ambiguïté l'identité, la culture et les convictions de l'entreprise et toute l'activité est couverte.")),
    STAKEHOLDERS("Mobilisation des parties prenantes", "Stakeholder engagement", List.of(
            "La mission ne pousse pas à l'action, et n'est pas impliquante pour ses parties prenantes",
            "La mission implique quelques parties prenantes internes et clients, avec une appropriation et une incitation à l'action limitée",
            "La mission est challengée par les parties prenantes internes et externes et génère une meilleure intégration de l'entreprise dans son écosystème",
            "La mission est coconstruite avec des parties prenantes internes et externes clés, renforce les liens avec l'écosystème, et mène à l'action collective")),
    BUSINESS_MODEL("Alignement avec le business model", "Alignment with the business model", List.of(
            "Le chiffre d'affaires de l'entreprise est déconnecté de la mission, voire partiellement en contradiction",
            "Une partie du chiffre d'affaires est aligné avec la mission, une autre partie ne l'est pas, voire crée des conflits d'intérêts potentiels",
            "L'essentiel du chiffre d'affaires est aligné avec la mission, le complément n'est pas en contradiction",
            "La totalité du chiffre d'affaires est alignée avec la mission")),
    SOCIAL_CONTRIBUTION("Contribution sociétale", "Contribution to society", List.of(
            "La mission décrit l'écosystème actuel, sans remise en question sociale, sociétale, environnementale",
            "La mission énonce des objectifs généraux et une conscience de la responsabilité de l'entreprise",
            "La mission décrit un ou plusieurs objectifs de transformation environnementale, sociale et sociétale en lien avec des parties prenantes impactées",
            "La mission décrit une contribution sociétale définie et intégrée, les parties prenantes sont impactées et la mission énonce des objectifs vérifiables de transformation")),
    INNOVATION("Ambition d'innovation", "Ambition for innovation", List.of(
            "La mission décrit ce qu'est l'entreprise aujourd'hui, sans vision d'avenir",
            "La mission décrit ce qu'est l'entreprise aujourd'hui et intègre des questions d'innovation et de transformation sociétale",
            "La mission et les nouvelles relations avec l'écosystème aident à l'exploration de nouveaux champs d'innovation",
            "La mission offre une vision d'avenir long-terme, réinventée et responsable, tant sur les enjeux que sur le rôle que jouera l'entreprise pour y répondre"));

    public final String fr;
    public final String en;
    /** What levels 1 to 4 mean, in French as the grid is published. */
    public final List<String> levelsFr;

    Criterion(String fr, String en, List<String> levelsFr) {
        this.fr = fr;
        this.en = en;
        this.levelsFr = levelsFr;
    }
}
