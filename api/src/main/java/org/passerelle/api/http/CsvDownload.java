package org.passerelle.api.http;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A CSV export as a streamed download: the writer runs while the response is sent, in UTF-8. */
public final class CsvDownload {

    public static final String CSV = "text/csv";

    private CsvDownload() {
    }

    public static Response of(Consumer<Writer> export, String filename) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            export.accept(writer);
            writer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
    }
}
