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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.CurrentCaller;
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

    private final CurrentCaller caller;
    private final CalendarService calendars;

    CalendarResource(CurrentCaller caller, CalendarService calendars) {
        this.caller = caller;
        this.calendars = calendars;
    }

    @GET
    @Operation(operationId = "getCalendar", summary = "Read the business calendar: time zone, holiday zone, opening hours, closure days")
    public RestResponse<CalendarView> get(@PathParam("org") String org) {
        CalendarView view = calendars.get(caller.in(org));
        return ETags.tagged(view, view.version());
    }

    @PUT
    @Operation(operationId = "replaceCalendar", summary = "Replace opening hours, holiday zone and closure days (admins)")
    public RestResponse<CalendarView> replace(@PathParam("org") String org, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CalendarData body) {
        CalendarView view = calendars.replace(caller.in(org), ETags.expectedVersion(ifMatch), body);
        return ETags.tagged(view, view.version());
    }

    @GET
    @Path("/days-off")
    @Operation(operationId = "listDaysOff", summary = "Public holidays and closure days of a year")
    public PageResponse<DayOff> daysOff(@PathParam("org") String org,
            @Parameter(description = "Year, default the current one") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            HttpHeaders headers) {
        return PageResponse.all(calendars.daysOff(caller.in(org), year,
                Messages.negotiate(null, headers::getAcceptableLanguages, Locale.ENGLISH)));
    }

    @GET
    @Path("/business-duration")
    @Operation(operationId = "computeBusinessDuration", summary = "Business time between two instants (opening hours, minus holidays and closures)")
    public BusinessDuration businessDuration(@PathParam("org") String org,
            @QueryParam("from") @NotNull Instant from, @QueryParam("to") @NotNull Instant to) {
        Duration d = calendars.businessDuration(caller.in(org), from, to);
        return new BusinessDuration(from, to, d.toMinutes(), d);
    }

    @GET
    @Path("/business-deadline")
    @Operation(operationId = "computeBusinessDeadline", summary = "The instant when N business hours after an instant are over (an SLA due date)")
    public BusinessDeadline businessDeadline(@PathParam("org") String org,
            @QueryParam("from") @NotNull Instant from,
            @QueryParam("hours") @NotNull @DecimalMin("0") @DecimalMax("10000") Double hours) {
        Instant due = calendars.businessDeadline(caller.in(org), from, Duration.ofSeconds(Math.round(hours * 3600)));
        return new BusinessDeadline(from, hours, due);
    }
}
