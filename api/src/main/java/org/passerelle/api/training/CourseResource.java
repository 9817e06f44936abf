package org.passerelle.api.training;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.ETags;
import org.passerelle.api.http.Idempotent;
import org.passerelle.api.http.IfMatch;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.indicator.Period;
import org.passerelle.core.page.PageRequest;
import org.passerelle.training.course.CourseData;
import org.passerelle.training.course.CourseFilter;
import org.passerelle.training.course.CourseService;
import org.passerelle.training.course.CourseView;
import org.passerelle.training.course.Modality;
import org.passerelle.training.course.ProgrammeSheet;
import org.passerelle.training.course.ProgrammeType;
import org.passerelle.training.statistics.CourseResults;
import org.passerelle.training.statistics.StatisticsService;

import io.quarkus.security.Authenticated;

@Path("/api/v1/orgs/{org}/training/courses")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = CourseResource.TAG, description = "The training catalogue and its Qualiopi programme sheets")
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class CourseResource {

    static final String TAG = "Training: courses";

    private final Tenant tenant;
    private final CourseService courses;
    private final StatisticsService statistics;

    CourseResource(Tenant tenant, CourseService courses, StatisticsService statistics) {
        this.statistics = statistics;
        this.tenant = tenant;
        this.courses = courses;
    }

    @GET
    @Operation(operationId = "listCourses", summary = "Search the catalogue (learners and partners see published courses only)")
    public RestResponse<PageResponse<CourseView>> list(@Parameter(description = "Words in the code or title") @QueryParam("q") String q,
            @QueryParam("modality") Modality modality, @QueryParam("programmeType") ProgrammeType programmeType,
            @Parameter(description = "Courses carrying this tag, e.g. soft skills") @QueryParam("tag") String tag,
            @QueryParam("published") Boolean published,
            @Parameter(description = "code (default), title or createdAt; prefix - to reverse") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        CourseFilter filter = new CourseFilter(q, modality, programmeType, tag, published);
        return PageResponse.page(courses.search(tenant.access(), filter, sort, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Idempotent
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CourseView.class)))
    @Operation(operationId = "createCourse", summary = "Create a course (admins and agents)")
    public RestResponse<CourseView> create(@NotNull @Valid CourseData body) {
        CourseView created = courses.create(tenant.access(), body);
        return ETags.created(tenant.location("training/courses", created.id()), created);
    }

    @GET
    @Path("/{courseId}")
    @Operation(operationId = "getCourse", summary = "Read a course")
    public RestResponse<CourseView> get(@PathParam("courseId") UUID courseId) {
        CourseView view = courses.get(tenant.access(), courseId);
        return ETags.tagged(view);
    }

    @GET
    @Path("/{courseId}/programme")
    @Operation(operationId = "getCourseProgramme", summary = "Programme sheet of a published course (Qualiopi indicator 1), listing missing mandatory items")
    public ProgrammeSheet programme(@PathParam("courseId") UUID courseId) {
        return courses.programmeSheet(tenant.access(), courseId);
    }

    @GET
    @Path("/{courseId}/results")
    @Operation(operationId = "getCourseResults", summary = "A course's results over a period, Qualiopi indicator 2: learners trained, hours, satisfaction, completion and drop-out rates (staff, auditor)")
    public CourseResults results(@PathParam("courseId") UUID courseId,
            @Parameter(description = "Calendar year (default: the current one) unless from/to are given") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") java.time.LocalDate from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") java.time.LocalDate to) {
        OrgAccess a = tenant.access();
        Period period = from != null || to != null ? new Period(from, to)
                : Period.year(year == null ? java.time.LocalDate.now(a.zone()).getYear() : year);
        return statistics.courseResults(a, courseId, period);
    }

    @PUT
    @Path("/{courseId}")
    @Operation(operationId = "updateCourse", summary = "Replace a course (admins and agents)")
    public RestResponse<CourseView> update(@PathParam("courseId") UUID courseId,
            @BeanParam IfMatch ifMatch, @NotNull @Valid CourseData body) {
        CourseView view = courses.update(tenant.access(), courseId, ifMatch.version(), body);
        return ETags.tagged(view);
    }

    @DELETE
    @Path("/{courseId}")
    @Operation(operationId = "deleteCourse", summary = "Delete a course (admins and agents)")
    public void delete(@PathParam("courseId") UUID courseId,
            @BeanParam IfMatch ifMatch) {
        courses.delete(tenant.access(), courseId, ifMatch.version());
    }
}
