package org.passerelle.api.publicapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.organisation.OrganisationView;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.ProgrammeSheet;
import org.passerelle.training.statistics.CourseResults;
import org.passerelle.training.statistics.StatisticsService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published training catalogue, readable without signing in: Qualiopi (indicator 1) requires programme
 * sheets to be public, and regional portals list them. Responses are cacheable by anyone (they hold nothing
 * private) and carry a content ETag, so a portal polling the catalogue gets 304 until something changes.
 */
@Path("/api/v1/public/orgs/{org}/courses")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PUBLIC, description = "Unauthenticated, cacheable reads of what an organisation publishes")
public class PublicCatalogueResource {

    /** Five minutes: a catalogue edit shows up quickly, a busy portal costs one request per period. */
    static final int MAX_AGE_SECONDS = 300;

    /** The published catalogue of an organisation. */
    public record Catalogue(String organisation, String organisationName, List<ProgrammeSheet> courses) {
    }

    private final Tenant tenant;
    private final OrganisationService organisations;
    private final CourseService courses;
    private final ObjectMapper json;
    private final StatisticsService statistics;

    PublicCatalogueResource(Tenant tenant, OrganisationService organisations, CourseService courses, ObjectMapper json,
            StatisticsService statistics) {
        this.tenant = tenant;
        this.statistics = statistics;
        this.organisations = organisations;
        this.courses = courses;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getPublicCatalogue", summary = "The programme sheets of every published course (no sign-in; cacheable, ETag)")
    public RestResponse<Catalogue> catalogue(@Context Request request) {
        OrganisationView o = organisation();
        return cacheable(new Catalogue(o.slug(), o.name(), courses.publishedSheets(o.id())), request);
    }

    @GET
    @Path("/{courseId}")
    @Operation(operationId = "getPublicCourse", summary = "The programme sheet of one published course (no sign-in; cacheable, ETag)")
    public RestResponse<ProgrammeSheet> course(@PathParam("courseId") UUID courseId,
            @Context Request request) {
        return cacheable(courses.programmeSheet(organisation().id(), courseId), request);
    }

    @GET
    @Path("/{courseId}/results")
    @Operation(operationId = "getPublicCourseResults", summary = "A published course's results over a year, Qualiopi indicator 2: sessions, learners trained, satisfaction, completion and drop-out rates (no sign-in; cacheable, ETag)")
    public RestResponse<CourseResults> results(@PathParam("courseId") UUID courseId,
            @Parameter(description = "Calendar year (default: the previous one, the last complete)") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Context Request request) {
        OrganisationView o = organisation();
        courses.programmeSheet(o.id(), courseId); // 404 unless published
        int y = year == null ? java.time.LocalDate.now(o.zone()).getYear() - 1 : year;
        return cacheable(statistics.courseResults(o.id(), o.zone(), courseId, Period.year(y)), request);
    }

    private OrganisationView organisation() {
        return organisations.getBySlug(tenant.slug());
    }

    /** 304 when the client's If-None-Match still matches the content; otherwise the body with its ETag. */
    private <T> RestResponse<T> cacheable(T body, Request request) {
        EntityTag etag = new EntityTag(digest(body));
        String cache = "public, max-age=" + MAX_AGE_SECONDS;
        if (request.evaluatePreconditions(etag) != null) {
            return RestResponse.ResponseBuilder.<T>notModified(etag).header("Cache-Control", cache).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(etag).header("Cache-Control", cache).build();
    }

    private String digest(Object body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
