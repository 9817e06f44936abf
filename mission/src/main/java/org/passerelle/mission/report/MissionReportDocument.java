package org.passerelle.mission.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.core.document.Doc;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.indicator.IndicatorStatus;

/** Lays the mission report out as a document, in French unless English is asked for. */
public final class MissionReportDocument {

    private final boolean en;

    private MissionReportDocument(boolean en) {
        this.en = en;
    }

    public static Doc of(MissionReport r, Locale locale) {
        return new MissionReportDocument("en".equals(locale.getLanguage())).build(r);
    }

    private String t(String fr, String english) {
        return en ? english : fr;
    }

    private Doc build(MissionReport r) {
        String status = r.frozenAt() != null
                ? t("Rapport approuvé le ", "Report approved on ") + date(r.frozenAt().toString().substring(0, 10))
                : t("Projet généré le ", "Draft generated on ") + date(r.generatedAt().toString().substring(0, 10))
                        + t(" à partir des données en direct", " from live data");
        boolean pillars = r.kind() == FrameworkKind.EXTRA_FINANCIAL;
        Doc.Builder d = new Doc.Builder((pillars ? t("Rapport extra-financier ", "Extra-financial report ")
                : t("Rapport de mission ", "Mission report ")) + r.year() + " — " + r.organisation(),
                status, en ? "en" : "fr");

        d.heading(1, t("Chiffres clés", "Key figures"));
        d.table(List.of(t("Objectif", "Objective"), t("Indicateur", "Indicator"), t("Valeur", "Value"),
                t("Cible", "Target"), t("Statut", "Status"), t("Source", "Source")),
                r.keyFigures().stream().map(k -> List.of(k.objective(), k.indicator(), number(k.value(), k.unit()),
                        number(k.target(), k.unit()), status(k.status()), source(k.source()))).toList());
        List<Doc.Bar> bars = new ArrayList<>();
        double max = 0;
        for (MissionReport.KeyFigure k : r.keyFigures()) {
            if (k.target() != null && k.target().signum() > 0) {
                // Each bar is the share of its own target, so indicators of different units share one scale.
                double share = 100 * k.value().doubleValue() / k.target().doubleValue();
                bars.add(new Doc.Bar(k.indicator(), share, 100.0, number(k.value(), k.unit()) + " / "
                        + number(k.target(), k.unit())));
                max = Math.max(max, share);
            }
        }
        d.chart(t("Réalisé par rapport à la cible (la cible est le trait rouge)",
                "Actual against target (the red mark is the target)"), Math.max(100, max) * 1.05, bars);

        d.heading(1, t("Notre raison d'être", "Our purpose"));
        if (r.purpose() != null) {
            d.paragraph(r.purpose().text());
            d.paragraph(t("Adoptée le ", "Adopted on ") + date(r.purpose().adoptedOn().toString())
                    + (r.purpose().publishedOn() == null ? ""
                            : t(", publiée le ", ", published on ") + date(r.purpose().publishedOn().toString()))
                    + " (version " + r.purpose().number() + ").");
        } else {
            d.paragraph(t("Aucune raison d'être n'est encore enregistrée.", "No purpose has been recorded yet."));
        }

        d.heading(1, pillars ? t("Piliers et objectifs", "Pillars and objectives")
                : t("Objectifs statutaires et opérationnels", "Statutory and operational objectives"));
        for (MissionReport.StatutoryObjective s : r.objectives()) {
            d.heading(2, (pillars ? t("Pilier ", "Pillar ") : t("Objectif statutaire ", "Statutory objective "))
                    + s.code() + " — " + s.title());
            d.paragraph(s.description());
            for (MissionReport.OperationalObjective o : s.operational()) {
                d.heading(3, t("Objectif opérationnel ", "Operational objective ") + o.code() + " — " + o.title());
                if (o.action() != null) {
                    List<String> items = new ArrayList<>();
                    items.add(t("Action prévue en ", "Action planned for ") + r.year() + " : " + o.action().planned());
                    items.add(t("Niveau d'avancement fin ", "Progress at the end of ") + r.year() + " : "
                            + (en ? o.action().progress().en : o.action().progress().fr)
                            + (o.action().percent() == null ? "" : " (" + o.action().percent() + " %)"));
                    if (o.action().commentary() != null) {
                        items.add(t("Commentaire : ", "Comment: ") + o.action().commentary());
                    }
                    if (o.action().means() != null) {
                        items.add(t("Moyens alloués : ", "Means allocated: ") + o.action().means());
                    }
                    if (o.action().externalCircumstances() != null) {
                        items.add(t("Circonstances extérieures : ", "External circumstances: ")
                                + o.action().externalCircumstances());
                    }
                    d.bullets(items);
                } else {
                    d.paragraph(t("Pas d'action enregistrée pour ", "No action recorded for ") + r.year() + ".");
                }
                d.table(List.of(t("Indicateur", "Indicator"), t("Type", "Type"), t("Cible", "Target"),
                        t("Valeur", "Value"), t("Statut", "Status")),
                        o.indicators().stream().map(i -> List.of(i.name(), type(i), target(i.target(), i.targetLabel(), i.unit()),
                                number(i.value(), i.unit()), status(i.status()))).toList());
            }
        }

        MissionReport.Committee c = r.committee();
        if (!pillars || !c.members().isEmpty()) {
            committee(d, r.year(), c);
        }


        if (!r.sesame().isEmpty()) {
            d.heading(1, t("Auto-évaluation de la mission (Sésame)", "Mission self-evaluation (Sésame)"));
            d.table(List.of(t("Critère", "Criterion"), t("Moyenne des avis", "Average"), t("Répondants", "Respondents"),
                    t("Commentaires des membres", "Members' comments")),
                    r.sesame().stream().map(s -> List.of(en ? s.criterion().en : s.label(),
                            s.average() == null ? "—" : s.average().toPlainString() + "/4",
                            Long.toString(s.respondents()),
                            String.join("\n", s.comments().stream().map(k -> "« " + k + " »").toList()))).toList());
            d.chart(t("Moyennes sur 4", "Averages out of 4"), 4, r.sesame().stream().filter(s -> s.average() != null)
                    .map(s -> new Doc.Bar(en ? s.criterion().en : s.label(), s.average().doubleValue(), null,
                            s.average().toPlainString() + "/4")).toList());
        }

        List<List<String>> future = new ArrayList<>();
        for (MissionReport.StatutoryObjective s : r.objectives()) {
            for (MissionReport.OperationalObjective o : s.operational()) {
                o.nextTargets().forEach(f -> future.add(List.of(o.code(), Integer.toString(f.year()), f.indicator(),
                        target(f.value(), f.label(), f.unit()))));
            }
        }
        if (!future.isEmpty()) {
            d.heading(1, t("Cibles des années suivantes", "Targets for the coming years"));
            d.table(List.of(t("Objectif", "Objective"), t("Année", "Year"), t("Indicateur", "Indicator"),
                    t("Cible", "Target")), future);
        }

        d.heading(1, t("Constats et amélioration continue", "Findings and continuous improvement"));
        d.paragraph(r.findings() == null ? t("Pas encore de constats rédigés.", "No findings written yet.") : r.findings());
        return d.build();
    }

    private void committee(Doc.Builder d, int year, MissionReport.Committee c) {
        d.heading(1, t("Le comité de mission", "The mission committee"));
        if (c.referentOnly()) {
            d.paragraph(t("La mission est suivie par un référent de mission.", "The mission is followed by a mission referent."));
        }
        d.table(List.of(t("Membre", "Member"), t("Rôle", "Role"), t("Salarié", "Employee"), t("Présentation", "Bio")),
                c.members().stream().map(m -> List.of(m.name(), en ? m.role().en : m.role().fr,
                        m.employee() ? t("oui", "yes") : t("non", "no"), m.bio() == null ? "" : m.bio())).toList());
        d.paragraph(t("Réunions tenues en ", "Meetings held in ") + year + " : " + c.meetings().size() + " / "
                + c.meetingsTarget() + t(" prévues.", " planned."));
        d.table(List.of(t("Date", "Date"), t("Réunion", "Meeting"), t("Décisions", "Decisions")),
                c.meetings().stream().map(m -> List.of(date(m.heldOn().toString()), m.title(),
                        m.decisions() == null ? "" : m.decisions())).toList());
        if (!c.warnings().isEmpty()) {
            d.bullets(c.warnings().stream().map(this::warning).toList());
        }
    }

    private String warning(String key) {
        return switch (key) {
            case "no-employee" -> t("Le comité ne compte aucun salarié : la loi en demande au moins un.",
                    "The committee has no employee: the law requires at least one.");
            case "no-president" -> t("Le comité n'a pas de président.", "The committee has no chair.");
            case "referent-not-allowed" -> t("Un référent unique n'est permis qu'en dessous de 50 salariés.",
                    "A single referent is only allowed under 50 employees.");
            case "empty" -> t("Aucun comité ni référent n'est en fonction.", "No committee or referent is in office.");
            default -> key;
        };
    }

    private String type(MissionReport.IndicatorLine i) {
        return switch (i.type()) {
            case MEANS -> t("moyens", "means");
            case RESULT -> t("résultat", "result");
            case IMPACT -> t("impact", "impact");
        };
    }

    private String status(IndicatorStatus s) {
        if (s == null) {
            return "—";
        }
        return switch (s) {
            case ACHIEVED -> t("atteint", "achieved");
            case ON_TRACK -> t("en bonne voie", "on track");
            case AT_RISK -> t("à risque", "at risk");
            case MISSED -> t("manqué", "missed");
        };
    }

    private String source(String source) {
        return source == null ? "" : "manual".equals(source) ? t("saisie manuelle", "typed in") : source;
    }

    private String target(BigDecimal value, String label, String unit) {
        if (label != null && value != null) {
            return label + " (" + number(value, unit) + ")";
        }
        return label != null ? label : number(value, unit);
    }

    private String number(BigDecimal v, String unit) {
        if (v == null) {
            return "—";
        }
        String n = v.stripTrailingZeros().toPlainString();
        if (!en) {
            n = n.replace('.', ',');
        }
        return n + ("%".equals(unit) ? " %" : " " + unit);
    }

    private String date(String iso) {
        java.time.LocalDate day = java.time.LocalDate.parse(iso);
        return en ? day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
    }
}
