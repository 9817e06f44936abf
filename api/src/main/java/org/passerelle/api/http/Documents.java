package org.passerelle.api.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.passerelle.core.document.Doc;
import org.passerelle.core.document.HtmlRenderer;
import org.passerelle.core.document.MarkdownRenderer;
import org.passerelle.core.document.PdfRenderer;
import org.passerelle.core.i18n.Messages;

/**
 * Generated documents in the format the client asks for — {@code ?format=} (json, md, html, pdf) or the
 * Accept header — and in French unless English is asked for ({@code ?lang=en} or Accept-Language).
 */
public final class Documents {

    public static final String MARKDOWN = "text/markdown";
    public static final String PDF = "application/pdf";
    public static final List<String> FORMATS = List.of("json", "md", "html", "pdf");

    private Documents() {
    }

    /** {@code ?lang=}, else Accept-Language, else French: the one negotiation ({@link Messages#negotiate}). */
    public static Locale language(String lang, HttpHeaders headers) {
        return Messages.negotiate(lang, headers::getAcceptableLanguages);
    }

    /** json, md, html or pdf. */
    public static String format(String format, HttpHeaders headers) {
        if (format != null) {
            return format;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            String t = type.getType() + "/" + type.getSubtype();
            switch (t) {
                case PDF:
                    return "pdf";
                case MediaType.TEXT_HTML:
                    return "html";
                case MARKDOWN:
                    return "md";
                case MediaType.APPLICATION_JSON:
                    return "json";
                default:
            }
        }
        return "json";
    }

    /**
     * The answer to a request for a generated document: the JSON body when JSON is chosen and there is one
     * ({@code json} not null), else the document in the chosen format — PDF instead of JSON — and language,
     * named {@code nameFr} or {@code nameEn} as a PDF download.
     */
    public static Response respond(String format, String lang, HttpHeaders headers, Supplier<Object> json,
            Function<Locale, Doc> document, String nameFr, String nameEn) {
        String chosen = format(format, headers);
        if ("json".equals(chosen)) {
            if (json != null) {
                return Response.ok(json.get(), MediaType.APPLICATION_JSON).build();
            }
            chosen = "pdf";
        }
        Locale locale = language(lang, headers);
        return render(document.apply(locale), chosen, "en".equals(locale.getLanguage()) ? nameEn : nameFr, locale);
    }

    /** The document rendered as {@code format} (md, html, else pdf), the PDF as a download named {@code name}. */
    private static Response render(Doc doc, String format, String name, Locale locale) {
        return switch (format) {
            case "md" -> Response.ok(MarkdownRenderer.render(doc).getBytes(StandardCharsets.UTF_8),
                    MARKDOWN + "; charset=UTF-8").header("Content-Language", locale.getLanguage()).build();
            case "html" -> Response.ok(HtmlRenderer.render(doc).getBytes(StandardCharsets.UTF_8),
                    MediaType.TEXT_HTML + "; charset=UTF-8").header("Content-Language", locale.getLanguage()).build();
            default -> Response.ok(PdfRenderer.render(doc), PDF).header("Content-Language", locale.getLanguage())
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
        };
    }
}
