package org.passerelle.api.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.api.ApiTags;
import org.passerelle.api.http.PageResponse;
import org.passerelle.api.security.Tenant;
import org.passerelle.core.mail.MailTemplateData;
import org.passerelle.core.mail.MailTemplateView;
import org.passerelle.core.mail.MailTemplates;

import io.quarkus.security.Authenticated;

/**
 * The organisation's own wording of its e-mails (admins): a Qute text per template and language, checked when
 * written (a template that would not render is 422), in place of the shipped one until deleted.
 */
@Path("/api/v1/orgs/{org}/mail-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PLATFORM)
@SecurityRequirement(name = ApiTags.SECURITY_SCHEME)
public class MailTemplateResource {

    private final Tenant tenant;
    private final MailTemplates templates;

    MailTemplateResource(Tenant tenant, MailTemplates templates) {
        this.tenant = tenant;
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listMailTemplates", summary = "The mail templates the organisation worded its own way (admins)")
    public PageResponse<MailTemplateView> list() {
        return PageResponse.all(templates.list(tenant.access()));
    }

    @GET
    @Path("/{template}/{language}")
    @Operation(operationId = "getMailTemplate", summary = "A mail template as the organisation sends it: its own version, else the shipped one (admins)")
    public MailTemplateView get(@Parameter(description = "Template name, e.g. training-convocation") @PathParam("template") String template,
            @Parameter(description = "fr or en") @PathParam("language") String language) {
        return templates.get(tenant.access(), template, language);
    }

    @PUT
    @Path("/{template}/{language}")
    @Operation(operationId = "replaceMailTemplate", summary = "Word a mail template the organisation's own way; refused (422) unless it parses, has the subject and body fragments and names only the e-mail's values (admins)")
    public MailTemplateView put(@Parameter(description = "Template name, e.g. training-convocation") @PathParam("template") String template,
            @Parameter(description = "fr or en") @PathParam("language") String language,
            @NotNull @Valid MailTemplateData body) {
        return templates.put(tenant.access(), template, language, body);
    }

    @DELETE
    @Path("/{template}/{language}")
    @Operation(operationId = "deleteMailTemplate", summary = "Go back to the shipped wording of a mail template (admins)")
    @APIResponse(responseCode = "204", description = "The shipped version is in force again")
    public void delete(@Parameter(description = "Template name, e.g. training-convocation") @PathParam("template") String template,
            @Parameter(description = "fr or en") @PathParam("language") String language) {
        templates.delete(tenant.access(), template, language);
    }
}
