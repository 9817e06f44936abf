package org.passerelle.api.http;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.passerelle.core.export.CsvDialect;
import org.passerelle.core.export.CsvTable;
import org.passerelle.core.export.CsvWriter;
import org.passerelle.core.i18n.Messages;

/**
 * A CSV table as a download in the asked dialect ({@link CsvOptions}), written while the response streams.
 * The spreadsheet dialect's column labels come from the module's bundle ({@code training.csv.email}).
 */
public final class CsvDownload {

    public static final String CSV = "text/csv";

    private CsvDownload() {
    }

    /**
     * @param zone the organisation's time zone (the spreadsheet dialect's date-times)
     */
    public static Response of(CsvTable table, CsvOptions options, ZoneId zone, String filename) {
        CsvDialect dialect = options.dialect();
        Locale language = Documents.language(options.lang, options.headers);
        List<String> header = dialect == CsvDialect.RFC4180 ? table.columns() : labels(table, language);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter.write(table, dialect, zone, header, writer);
        };
        Response.ResponseBuilder response = Response.ok(body, CSV + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"");
        if (dialect == CsvDialect.EXCEL) {
            response.header("Content-Language", language.getLanguage());
        }
        return response.build();
    }

    /** The columns' labels in the language; a column without one keeps its key. */
    private static List<String> labels(CsvTable table, Locale language) {
        return table.columns().stream().map(c -> {
            String key = table.labels() + c;
            String label = Messages.get(language, key);
            return label.equals(key) ? c : label;
        }).toList();
    }
}
