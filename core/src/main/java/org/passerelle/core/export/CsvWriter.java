package org.passerelle.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.passerelle.core.persistence.SqlValues;

/**
 * Writes a {@link CsvTable} in a {@link CsvDialect}: Commons CSV does the quoting and record ends, this class
 * the byte-order mark and the formatting of each cell by its type.
 */
public final class CsvWriter {

    private static final CSVFormat SPREADSHEET = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    /** What Excel and LibreOffice recognise as a date-time in any locale. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvWriter() {
    }

    /**
     * Writes the table to {@code out} and flushes it.
     *
     * @param zone   the organisation's time zone, for the spreadsheet dialect's date-times
     * @param header the header line: the column keys for RFC 4180, their labels in a language for spreadsheets
     */
    public static void write(CsvTable table, CsvDialect dialect, ZoneId zone, List<String> header, Writer out) {
        try {
            if (dialect == CsvDialect.EXCEL) {
                out.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(out, dialect == CsvDialect.EXCEL ? SPREADSHEET : CSVFormat.RFC4180);
            printer.printRecord(header);
            table.rows().accept(cells -> {
                Object[] values = new Object[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    values[i] = cell(cells[i], dialect, zone);
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell's text in the dialect. */
    static String cell(Object value, CsvDialect dialect, ZoneId zone) {
        boolean spreadsheet = dialect == CsvDialect.EXCEL;
        if (value == null) {
            return "";
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof Timestamp) {
            Instant instant = SqlValues.instant(value);
            return spreadsheet ? LOCAL.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone)) : instant.toString();
        }
        if (value instanceof ZonedDateTime z) {
            return cell(z.toInstant(), dialect, zone);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Number n) {
            String plain = (n instanceof BigDecimal b ? b : new BigDecimal(n.toString())).toPlainString();
            return spreadsheet ? plain.replace('.', ',') : plain;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        String text = value.toString();
        return spreadsheet && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
