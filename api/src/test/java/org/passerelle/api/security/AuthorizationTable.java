package org.passerelle.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of who may do what, as docs/security.md publishes it between two markers: one row per operation
 * ({@code METHOD /path} without {@code /api/v1}), one column per kind of caller. The policies must agree with it
 * ({@link AuthorizationMatrixTest} calls every cell), so the docs cannot drift from the code.
 */
record AuthorizationTable(Map<String, Map<Caller, Cell>> rows) {

    static final Path DOCUMENT = Path.of("../docs/security.md");
    static final String START = "<!-- authorization-table:start -->";
    static final String END = "<!-- authorization-table:end -->";

    /** The kinds of caller, in the table's column order. */
    enum Caller {
        ADMIN("admin"), AGENT("agent"), TRAINER("trainer"), REQUESTER("requester"), LEARNER("learner"),
        COMMITTEE("committee"), AUDITOR("auditor"), PARTNER("partner"), OUTSIDER("outsider"),
        PLATFORM_ADMIN("platform admin"), OTHER_ADMIN("other org's admin"), ANONYMOUS("anonymous");

        final String column;

        Caller(String column) {
            this.column = column;
        }
    }

    /** What a caller gets: allowed on every object, allowed on what it may see only, refused, not found, no token. */
    enum Cell {
        YES("✓"), OWN("own"), FORBIDDEN("403"), NOT_FOUND("404"), UNAUTHENTICATED("401");

        final String mark;

        Cell(String mark) {
            this.mark = mark;
        }

        static Cell of(String mark) {
            return Arrays.stream(values()).filter(c -> c.mark.equals(mark)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown cell '" + mark + "' in " + DOCUMENT));
        }
    }

    static AuthorizationTable read() {
        String text;
        try {
            text = Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(DOCUMENT + " has no " + START + " … " + END + " section");
        }
        Map<String, Map<Caller, Cell>> rows = new LinkedHashMap<>();
        for (String line : text.substring(start, end).split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toList();
            String operation = cells.get(0).replace("`", "");
            if (cells.size() != Caller.values().length + 1) {
                throw new IllegalStateException("Row " + operation + " has " + (cells.size() - 1) + " cells");
            }
            Map<Caller, Cell> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                row.put(caller, Cell.of(cells.get(caller.ordinal() + 1)));
            }
            if (rows.put(operation, row) != null) {
                throw new IllegalStateException("Two rows for " + operation);
            }
        }
        return new AuthorizationTable(rows);
    }

    /** The table as Markdown, one section per OpenAPI tag: what {@code -Dmatrix.record=true} writes. */
    static String render(Map<String, String> tagOfOperation, Map<String, Map<Caller, String>> cells) {
        StringBuilder out = new StringBuilder();
        String header = "| operation | " + Arrays.stream(Caller.values()).map(c -> c.column)
                .collect(Collectors.joining(" | ")) + " |\n|---" + "|---".repeat(Caller.values().length) + "|\n";
        Map<String, List<String>> byTag = new LinkedHashMap<>();
        cells.keySet().stream().sorted((a, b) -> tagOfOperation.get(a).compareTo(tagOfOperation.get(b)))
                .forEach(op -> byTag.computeIfAbsent(tagOfOperation.get(op), t -> new ArrayList<>()).add(op));
        byTag.forEach((tag, operations) -> {
            out.append("\n#### ").append(tag).append("\n\n").append(header);
            for (String op : operations) {
                out.append("| `").append(op).append("` | ");
                out.append(Arrays.stream(Caller.values()).map(c -> cells.get(op).get(c))
                        .collect(Collectors.joining(" | "))).append(" |\n");
            }
        });
        return out.toString();
    }
}
