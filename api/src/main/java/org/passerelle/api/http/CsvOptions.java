package org.passerelle.api.http;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.passerelle.core.export.CsvDialect;

/**
 * The query parameters every CSV download takes: the dialect and the language of the column labels
 * (docs/api-conventions.md, "CSV downloads").
 */
public class CsvOptions {

    @Parameter(description = "excel (default): for French spreadsheets — UTF-8 with BOM, semicolons, decimal commas, "
            + "date-times in the organisation's time zone, labelled columns, formulas defused; rfc4180: for programs — "
            + "commas, decimal points, UTC ISO-8601 instants, snake_case column keys, no BOM. Case-insensitive.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "excel", "rfc4180" }, defaultValue = "excel"))
    @QueryParam("dialect")
    CsvDialect dialect;

    @Parameter(description = "Language of the excel dialect's column labels: fr (default) or en; else from Accept-Language",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "fr", "en" }))
    @QueryParam("lang")
    @Pattern(regexp = "fr|en")
    String lang;

    @Context
    HttpHeaders headers;

    public CsvDialect dialect() {
        return dialect == null ? CsvDialect.EXCEL : dialect;
    }
}
