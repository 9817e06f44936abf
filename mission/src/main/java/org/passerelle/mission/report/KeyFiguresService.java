package org.passerelle.mission.report;

import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.Doc;
import org.passerelle.core.i18n.Messages;
import org.passerelle.core.i18n.Texts;
import org.passerelle.core.indicator.IndicatorQuery;
import org.passerelle.core.indicator.IndicatorRegistry;
import org.passerelle.core.indicator.IndicatorValue;
import org.passerelle.core.indicator.Period;
import org.passerelle.mission.MissionPolicy;

/** Every SPI source's figure for a year, in one document. */
@ApplicationScoped
public class KeyFiguresService {

    private final IndicatorRegistry registry;
    private final MissionPolicy policy;

    KeyFiguresService(IndicatorRegistry registry, MissionPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    public KeyFigures compute(OrgAccess caller, String organisation, int year, Locale locale) {
        policy.readKeyFigures(caller);
        List<KeyFigures.Figure> figures = registry.definitions().stream().map(d -> {
            IndicatorValue v = registry.compute(d.key(), new IndicatorQuery(caller.orgId(), caller.zone(),
                    Period.year(year), java.util.Map.of()));
            return new KeyFigures.Figure(d.key(), d.label(locale), d.unit().name(),
                    v.value() == null ? null : v.value().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(),
                    v.provenance().recordCount());
        }).toList();
        return new KeyFigures(organisation, year, figures);
    }

    public static Doc document(KeyFigures k, Locale locale) {
        Texts t = new Texts(locale, "mission.doc.key-figures");
        boolean en = "en".equals(locale.getLanguage());
        return new Doc.Builder(t.get("title", Integer.toString(k.year()), k.organisation()), t.get("subtitle"),
                t.language())
                .table(List.of(t.get("column.figure"), Messages.get(locale, "mission.doc.column.value"),
                        t.get("column.unit"), t.get("column.records"), Messages.get(locale, "mission.doc.column.source")),
                        k.figures().stream().map(f -> List.of(f.label(),
                                f.value() == null ? "—" : en ? f.value().toPlainString() : f.value().toPlainString().replace('.', ','),
                                f.unit(), Long.toString(f.records()), f.key())).toList())
                .build();
    }
}
