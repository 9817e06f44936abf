package org.passerelle.api.training;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.training.statistics.StatisticsService;
import org.passerelle.training.statistics.TrainingStatistics;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training/statistics")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = StatisticsResource.TAG, description = "Training activity figures for a period, aggregated in SQL")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class StatisticsResource {

    static final String TAG = "Training: statistics";

    private final Tenant tenant;
    private final StatisticsService statistics;

    StatisticsResource(Tenant tenant, StatisticsService statistics) {
        this.tenant = tenant;
        this.statistics = statistics;
    }

    @GET
    @Operation(operationId = "getTrainingStatistics", summary = "Sessions held by modality and programme type, training days, trainees, shares")
    public TrainingStatistics get(@Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") LocalDate to) {
        OrgAccess a = tenant.access();
        Period period = from != null || to != null ? new Period(from, to)
                : Period.year(year == null ? LocalDate.now(a.zone()).getYear() : year);
        return statistics.of(a, period);
    }
}
