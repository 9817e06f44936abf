package org.passerelle.ticketing.reply;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders of a canned reply. A known name is replaced by its value (an unknown
 * value by an empty string); an unknown name stays as written, so a typo shows in the preview, not as a gap.
 */
public final class Placeholders {

    public static final String REQUESTER = "requester";
    public static final String REFERENCE = "reference";
    public static final String AGENT = "agent";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

    private Placeholders() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.containsKey(name) ? nullToEmpty(values.get(name)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
