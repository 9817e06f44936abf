package org.passerelle.mission.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.passerelle.core.document.Doc;
import org.passerelle.core.i18n.Texts;
import org.passerelle.mission.framework.FrameworkKind;
import org.passerelle.mission.indicator.IndicatorStatus;

/**
 * Lays the mission report out as a document, in French unless English is asked for; its words are the
 * {@code mission.doc.*} keys of the mission bundle.
 */
public final class MissionReportDocument {

    private final Texts t;
    private final boolean en;

    private MissionReportDocument(Locale locale) {
        this.t = new Texts(locale, "mission.doc");
        this.en = "en".equals(locale.getLanguage());
    }

    public static Doc of(MissionReport r, Locale locale) {
        return new MissionReportDocument(locale).build(r);
    }

    private String t(String key, Object... args) {
        return t.get(key, args);
    }

    private Doc build(MissionReport r) {
        String status = r.frozenAt() != null
                ? t("status.frozen", date(r.frozenAt().toString().substring(0, 10)))
                : t("status.draft", date(r.generatedAt().toString().substring(0, 10)));
        boolean pillars = r.kind() == FrameworkKind.EXTRA_FINANCIAL;
        String year = Integer.toString(r.year());
        Doc.Builder d = new Doc.Builder(t(pillars ? "title.pillars" : "title.mission", year, r.organisation()), status,
                t.language());

        d.heading(1, t("key-figures"));
        d.table(List.of(t("column.objective"), t("column.indicator"), t("column.value"), t("column.target"),
                t("column.status"), t("column.source")),
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
        d.chart(t("chart.against-target"), Math.max(100, max) * 1.05, bars);

        d.heading(1, t("purpose"));
        if (r.purpose() != null) {
            String version = Integer.toString(r.purpose().number());
            d.paragraph(r.purpose().text());
            d.paragraph(r.purpose().publishedOn() == null
                    ? t("purpose.adopted", date(r.purpose().adoptedOn().toString()), version)
                    : t("purpose.adopted-published", date(r.purpose().adoptedOn().toString()),
                            date(r.purpose().publishedOn().toString()), version));
        } else {
            d.paragraph(t("purpose.none"));
        }

        d.heading(1, t(pillars ? "objectives.pillars" : "objectives.mission"));
        for (MissionReport.StatutoryObjective s : r.objectives()) {
            d.heading(2, t(pillars ? "objective.pillar" : "objective.statutory", s.code(), s.title()));
            d.paragraph(s.description());
            for (MissionReport.OperationalObjective o : s.operational()) {
                d.heading(3, t("objective.operational", o.code(), o.title()));
                if (o.action() != null) {
                    List<String> items = new ArrayList<>();
                    items.add(t("action.planned", year, o.action().planned()));
                    items.add(t("action.progress", year, en ? o.action().progress().en : o.action().progress().fr)
                            + (o.action().percent() == null ? "" : " (" + o.action().percent() + " %)"));
                    if (o.action().commentary() != null) {
                        items.add(t("action.comment", o.action().commentary()));
                    }
                    if (o.action().means() != null) {
                        items.add(t("action.means", o.action().means()));
                    }
                    if (o.action().externalCircumstances() != null) {
                        items.add(t("action.circumstances", o.action().externalCircumstances()));
                    }
                    d.bullets(items);
                } else {
                    d.paragraph(t("action.none", year));
                }
                d.table(List.of(t("column.indicator"), t("column.type"), t("column.target"), t("column.value"),
                        t("column.status")),
                        o.indicators().stream().map(i -> List.of(i.name(), type(i), target(i.target(), i.targetLabel(), i.unit()),
                                number(i.value(), i.unit()), status(i.status()))).toList());
            }
        }

        MissionReport.Committee c = r.committee();
        if (!pillars || !c.members().isEmpty()) {
            committee(d, r.year(), c);
        }


        if (!r.sesame().isEmpty()) {
            d.heading(1, t("sesame"));
            d.table(List.of(t("column.criterion"), t("column.average"), t("column.respondents"), t("column.comments")),
                    r.sesame().stream().map(s -> List.of(en ? s.criterion().en : s.label(),
                            s.average() == null ? "—" : s.average().toPlainString() + "/4",
                            Long.toString(s.respondents()),
                            String.join("\n", s.comments().stream().map(k -> "« " + k + " »").toList()))).toList());
            d.chart(t("chart.sesame"), 4, r.sesame().stream().filter(s -> s.average() != null)
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
            d.heading(1, t("next-targets"));
            d.table(List.of(t("column.objective"), t("column.year"), t("column.indicator"), t("column.target")), future);
        }

        d.heading(1, t("findings"));
        d.paragraph(r.findings() == null ? t("findings.none") : r.findings());
        return d.build();
    }

    private void committee(Doc.Builder d, int year, MissionReport.Committee c) {
        d.heading(1, t("committee"));
        if (c.referentOnly()) {
            d.paragraph(t("committee.referent"));
        }
        d.table(List.of(t("column.member"), t("column.role"), t("column.employee"), t("column.bio")),
                c.members().stream().map(m -> List.of(m.name(), en ? m.role().en : m.role().fr,
                        t(m.employee() ? "yes" : "no"), m.bio() == null ? "" : m.bio())).toList());
        d.paragraph(t("committee.meetings", Integer.toString(year), Integer.toString(c.meetings().size()),
                Integer.toString(c.meetingsTarget())));
        d.table(List.of(t("column.date"), t("column.meeting"), t("column.decisions")),
                c.meetings().stream().map(m -> List.of(date(m.heldOn().toString()), m.title(),
                        m.decisions() == null ? "" : m.decisions())).toList());
        if (!c.warnings().isEmpty()) {
            d.bullets(c.warnings().stream().map(this::warning).toList());
        }
    }

    /** A committee warning's text; an unknown key is shown as is. */
    private String warning(String key) {
        String text = t("warning." + key);
        return text.endsWith("warning." + key) ? key : text;
    }

    private String type(MissionReport.IndicatorLine i) {
        return t("type." + i.type().name());
    }

    private String status(IndicatorStatus s) {
        return s == null ? "—" : t("status." + s.name());
    }

    private String source(String source) {
        return source == null ? "" : "manual".equals(source) ? t("source.manual") : source;
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
        return java.time.LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d MMMM yyyy", t.locale()));
    }
}
