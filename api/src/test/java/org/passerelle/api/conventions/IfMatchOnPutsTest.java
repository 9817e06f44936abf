package org.passerelle.api.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every PUT of the served OpenAPI document takes If-Match (412 when stale, 428 when missing), except the writes
 * docs/api-conventions.md lists with the reason they need none — and that list names exactly those.
 */
@QuarkusTest
class IfMatchOnPutsTest {

    private static final Path CONVENTIONS = Path.of("../docs/api-conventions.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(PUT [^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void every_put_takes_if_match_or_is_documented_as_needing_none() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").asString()).path("paths");
        Set<String> withoutIfMatch = new TreeSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            JsonNode put = paths.get(path).get("put");
            if (put == null) {
                continue;
            }
            boolean ifMatch = false;
            for (JsonNode p : put.path("parameters")) {
                ifMatch |= p.path("in").asText().equals("header") && p.path("name").asText().equals("If-Match");
            }
            if (!ifMatch) {
                withoutIfMatch.add("PUT " + path.replaceFirst("^/api/v1", ""));
            }
        }
        assertEquals(documented(), withoutIfMatch, "PUTs without If-Match must be those " + CONVENTIONS
                + " lists between its put-without-if-match markers, with the reason they need none");
    }

    private static Set<String> documented() throws IOException {
        String text = Files.readString(CONVENTIONS);
        String table = text.substring(text.indexOf("<!-- put-without-if-match:start -->"),
                text.indexOf("<!-- put-without-if-match:end -->"));
        Set<String> rows = new TreeSet<>();
        for (Matcher m = ROW.matcher(table); m.find();) {
            rows.add(m.group(1));
        }
        return rows;
    }
}
