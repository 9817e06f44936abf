package org.passerelle.core.indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.CorePolicy;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.error.InvalidParameterException;
import org.passerelle.core.error.NotFoundException;

import io.quarkus.arc.All;

/** Every indicator source contributed by any module, by key. */
@ApplicationScoped
public class IndicatorRegistry {

    private final Map<String, IndicatorSource> sources;
    private final CorePolicy policy;

    IndicatorRegistry(@All List<IndicatorSource> contributed, CorePolicy policy) {
        this.policy = policy;
        Set<String> seen = new HashSet<>();
        for (IndicatorSource s : contributed) {
            if (!seen.add(s.definition().key())) {
                throw new IllegalStateException("Two indicator sources share the key " + s.definition().key());
            }
        }
        this.sources = contributed.stream()
                .collect(Collectors.toUnmodifiableMap(s -> s.definition().key(), Function.identity()));
    }

    /** Every indicator the modules can compute, for a caller who may read them. */
    public List<IndicatorDefinition> definitions(OrgAccess caller) {
        policy.readIndicators(caller);
        return definitions();
    }

    /**
     * Computes an indicator in the caller's organisation over {@code from}–{@code to} when either is given,
     * otherwise over the calendar {@code year} (default: the current one in the organisation's time zone).
     */
    public IndicatorValue compute(OrgAccess caller, String key, Integer year, LocalDate from, LocalDate to,
            Map<String, String> parameters) {
        policy.readIndicators(caller);
        Period period = from != null || to != null ? new Period(from, to)
                : Period.year(year == null ? LocalDate.now(caller.zone()).getYear() : year);
        return compute(key, new IndicatorQuery(caller.orgId(), caller.zone(), period, parameters));
    }

    /** For other modules' code (mission indicators, key figures). */
    public List<IndicatorDefinition> definitions() {
        return sources.values().stream().map(IndicatorSource::definition)
                .sorted(Comparator.comparing(IndicatorDefinition::key)).toList();
    }

    public Optional<IndicatorDefinition> definition(String key) {
        return Optional.ofNullable(sources.get(key)).map(IndicatorSource::definition);
    }

    /**
     * Computes after checking that every parameter is known to the source and has an allowed value (for other
     * modules' code: mission snapshots, key figures).
     */
    public IndicatorValue compute(String key, IndicatorQuery query) {
        IndicatorSource source = sources.get(key);
        if (source == null) {
            throw new NotFoundException("indicator", key);
        }
        Map<String, IndicatorDefinition.Parameter> known = source.definition().parameters().stream()
                .collect(Collectors.toMap(IndicatorDefinition.Parameter::name, Function.identity()));
        query.parameters().forEach((name, value) -> {
            IndicatorDefinition.Parameter p = known.get(name);
            if (p == null) {
                throw new InvalidParameterException(name, "core.indicator.unknown-parameter", name, key);
            }
            if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
                throw new InvalidParameterException(name, "core.indicator.invalid-value", value, name,
                        String.join(", ", p.allowedValues()));
            }
        });
        return source.compute(query);
    }
}
