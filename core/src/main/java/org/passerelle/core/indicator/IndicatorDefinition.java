package org.passerelle.core.indicator;

import java.util.List;
import java.util.Locale;

/**
 * What an indicator source computes.
 *
 * @param key        stable identifier, prefixed by the contributing module ({@code core.members.active})
 * @param parameters names of the optional parameters the source understands ({@code kind}, {@code level}, ...)
 */
public record IndicatorDefinition(String key, String labelFr, String labelEn, Unit unit, List<Parameter> parameters) {

    /** A parameter with the values it accepts (empty when free). */
    public record Parameter(String name, String descriptionEn, List<String> allowedValues) {
    }

    public String label(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
