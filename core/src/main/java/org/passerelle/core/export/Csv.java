package org.passerelle.core.export;

/**
 * CSV lines as French spreadsheets open them: semicolon-separated, quoted where needed (RFC 4180 quoting), and
 * cells starting like a formula defused (CSV injection).
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String v = value.toString();
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(";") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** One line, its cells separated by semicolons, ended by a newline. */
    public static String line(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(';');
            }
            line.append(cell(cells[i]));
        }
        return line.append('\n').toString();
    }
}
