package org.passerelle.inclusion.diagnostic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.error.RuleViolationException;

/**
 * Results as a spreadsheet or the Pix export gives them: a header line {@code email,competence,level} (comma or
 * semicolon), then one line per participant and competence. Any malformed cell refuses the whole file, naming
 * its line and column, so that nothing is half-imported.
 */
final class ResultsCsv {

    /** One line of the file; {@code line} counts from 1, the header being line 1. */
    record Line(long line, String email, Competence competence, int level) {
    }

    static final String[] COLUMNS = { "email", "competence", "level" };

    private ResultsCsv() {
    }

    static List<Line> parse(String text) {
        if (text == null || text.isBlank()) {
            throw cell(1, "email", "inclusion.diagnostic.csv-empty");
        }
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        // The parser's line count stops short on a last line without its line break: give it one.
        String lines = text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n";
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(lines))) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw cell(1, column, "inclusion.diagnostic.csv-missing-column");
                }
            }
            List<Line> parsed = new ArrayList<>();
            for (CSVRecord r : parser) {
                // Read after the record's line break: the number of the record's (last) line.
                parsed.add(line(r, parser.getCurrentLineNumber()));
            }
            return parsed;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw cell(1, "email", "inclusion.diagnostic.csv-unreadable");
        }
    }

    private static Line line(CSVRecord r, long lineNumber) {
        if (!r.isConsistent()) {
            throw cell(lineNumber, "level", "inclusion.diagnostic.csv-cells");
        }
        String email = r.get("email").strip().toLowerCase(Locale.ROOT);
        if (!email.contains("@")) {
            throw cell(lineNumber, "email", "inclusion.diagnostic.csv-email");
        }
        Competence competence = Competence.of(r.get("competence").strip())
                .orElseThrow(() -> cell(lineNumber, "competence", "inclusion.diagnostic.csv-competence"));
        int level;
        try {
            level = Integer.parseInt(r.get("level").strip());
        } catch (NumberFormatException e) {
            level = -1;
        }
        if (level < 0 || level > Competence.MAX_LEVEL) {
            throw cell(lineNumber, "level", "inclusion.diagnostic.csv-level");
        }
        return new Line(lineNumber, email, competence, level);
    }

    /** A refusal naming the line and column, as {@code line 3, level}. */
    static RuleViolationException cell(long line, String column, String key) {
        return new RuleViolationException("line " + line + ", " + column, key, line, column);
    }
}
