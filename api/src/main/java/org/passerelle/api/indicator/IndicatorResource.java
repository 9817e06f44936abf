package org.passerelle.api.indicator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ExtraQueryParameters;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.i18n.Messages;
import org.passerelle.core.indicator.IndicatorDefinition;
import org.passerelle.core.indicator.IndicatorRegistry;
import org.passerelle.core.indicator.IndicatorValue;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.INDICATORS)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class IndicatorResource {

    private static final Set<String> PERIOD_PARAMETERS = Set.of("year", "from", "to");

    /** An indicator source as a client lists it, with its label in the caller's language. */
    public record Indicator(String key, String label, String unit, List<IndicatorDefinition.Parameter> parameters) {
    }

    private final Tenant tenant;
    private final IndicatorRegistry registry;

    IndicatorResource(Tenant tenant, IndicatorRegistry registry) {
        this.tenant = tenant;
        this.registry = registry;
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "List every indicator the modules can compute")
    public PageResponse<Indicator> list(HttpHeaders headers) {
        List<IndicatorDefinition> definitions = registry.definitions(tenant.access());
        Locale locale = Messages.negotiate(null, headers::getAcceptableLanguages, Locale.ENGLISH);
        return PageResponse.all(definitions.stream()
                .map(d -> new Indicator(d.key(), d.label(locale), d.unit().name(), d.parameters())).toList());
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "computeIndicator", summary = "Compute an indicator for a period, with its provenance")
    @ExtraQueryParameters
    public IndicatorValue compute(@PathParam("key") String key,
            @Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day included, YYYY-MM-DD") @QueryParam("to") LocalDate to,
            @Context UriInfo uri) {
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!PERIOD_PARAMETERS.contains(name)) {
                parameters.put(name, values.get(0));
            }
        });
        return registry.compute(tenant.access(), key, year, from, to, parameters);
    }
}
