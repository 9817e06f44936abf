package org.passerelle.api.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.calendar.CalendarData;
import org.passerelle.core.calendar.CalendarService.DayOff;
import org.passerelle.core.calendar.CalendarService;
import org.passerelle.core.calendar.CalendarView;
import org.passerelle.core.i18n.Messages;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/calendar")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.CALENDAR)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CalendarResource {

    /** Business time between two instants, in minutes and as an ISO-8601 duration. */
    public record BusinessDuration(Instant from, Instant to, long minutes, Duration duration) {
    }

    /** When a number of business hours after {@code from} is over. */
    public record BusinessDeadline(Instant from, double hours, Instant due) {
    }

    private final Tenant tenant;
    private final CalendarService calendars;

    CalendarResource(Tenant tenant, CalendarService calendars) {
        this.tenant = tenant;
        this.calendars = calendars;
    }

    @GET
    @Operation(operationId = "getCalendar", summary = "Read the business calendar: time zone, holiday zone, opening hours, closure days")
    public RestResponse<CalendarView> get() {
        CalendarView view = calendars.get(tenant.access());
        return ETags.tagged(view);
    }

    @PUT
    @Operation(operationId = "replaceCalendar", summary = "Replace opening hours, holiday zone and closure days (admins)")
    public RestResponse<CalendarView> replace(@BeanParam IfMatch ifMatch,
            @NotNull @Valid CalendarData body) {
        CalendarView view = calendars.replace(tenant.access(), ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @GET
    @Path("/days-off")
    @Operation(operationId = "listDaysOff", summary = "Public holidays and closure days of a year")
    public PageResponse<DayOff> daysOff(@Parameter(description = "Year, default the current one") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            HttpHeaders headers) {
        return PageResponse.all(calendars.daysOff(tenant.access(), year,
                Messages.negotiate(null, headers::getAcceptableLanguages, Locale.ENGLISH)));
    }

    @GET
    @Path("/business-duration")
    @Operation(operationId = "computeBusinessDuration", summary = "Business time between two instants (opening hours, minus holidays and closures)")
    public BusinessDuration businessDuration(@QueryParam("from") @NotNull Instant from, @QueryParam("to") @NotNull Instant to) {
        Duration d = calendars.businessDuration(tenant.access(), from, to);
        return new BusinessDuration(from, to, d.toMinutes(), d);
    }

    @GET
    @Path("/business-deadline")
    @Operation(operationId = "computeBusinessDeadline", summary = "The instant when N business hours after an instant are over (an SLA due date)")
    public BusinessDeadline businessDeadline(@QueryParam("from") @NotNull Instant from,
            @QueryParam("hours") @NotNull @DecimalMin("0") @DecimalMax("10000") Double hours) {
        Instant due = calendars.businessDeadline(tenant.access(), from, Duration.ofSeconds(Math.round(hours * 3600)));
        return new BusinessDeadline(from, hours, due);
    }
}
