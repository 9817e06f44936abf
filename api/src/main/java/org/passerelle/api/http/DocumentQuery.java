package org.passerelle.api.http;

import java.util.Locale;
import java.util.function.Function;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.passerelle.core.document.Doc;

/**
 * The request for a document that has no JSON form, taken with {@code @Valid @BeanParam DocumentQuery document}:
 * {@code ?format=} (pdf, html or md; else from Accept, PDF by default) and {@code ?lang=} (else Accept-Language,
 * French by default), answered by {@link Documents#respond}.
 */
public class DocumentQuery {

    @Parameter(description = "pdf (default), html or md")
    @QueryParam("format")
    @Pattern(regexp = "pdf|html|md")
    String format;

    @Parameter(description = "fr (default) or en")
    @QueryParam("lang")
    @Pattern(regexp = "fr|en")
    String lang;

    @Context
    HttpHeaders headers;

    /** The document in the asked format and language, named {@code nameFr} or {@code nameEn} as a PDF download. */
    public Response respond(Function<Locale, Doc> document, String nameFr, String nameEn) {
        return Documents.respond(format, lang, headers, null, document, nameFr, nameEn);
    }
}
