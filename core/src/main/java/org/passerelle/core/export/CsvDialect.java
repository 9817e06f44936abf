package org.passerelle.core.export;

/**
 * How a CSV download is written. {@link #EXCEL}, the default, opens by double-click in a French spreadsheet
 * (Excel, LibreOffice); {@link #RFC4180} is for programs.
 */
public enum CsvDialect {

    /**
     * For French spreadsheets: UTF-8 byte-order mark (else Excel reads the bytes as Windows-1252), semicolons
     * (the comma is the decimal separator), decimal commas, date-times in the organisation's time zone as
     * {@code 2024-03-29 09:00:00}, column labels in the asked language, and cells that would start a formula
     * ({@code = + - @}, tab, carriage return) prefixed with an apostrophe (CSV injection).
     */
    EXCEL,

    /**
     * For programs: RFC 4180 (commas, CRLF, double quotes), no byte-order mark, decimal points, instants in UTC
     * ISO-8601 ({@code 2024-03-29T08:00:00Z}), snake_case column keys, values exactly as stored.
     */
    RFC4180
}
