package org.mandato.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV files people download and open in spreadsheets.
 *
 * <p>A cell starting with {@code = + - @}, a tab or a carriage return is taken for a formula by
 * Excel, LibreOffice and Google Sheets, so text a reporter typed could run as one on a reader's
 * machine (CSV injection). Such a cell is written with a leading apostrophe, the spreadsheets' own
 * mark for "this is text"; so is one that already starts with apostrophes before such a character,
 * which keeps the rule reversible. Plain numbers such as {@code -3.5} are left alone. {@link #read}
 * undoes the mark, so the files Mandato exports import back unchanged.
 */
public final class CsvFiles {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final Pattern MARKED = Pattern.compile("'+[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NEEDS_MARK = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvFiles() {
    }

    /**
     * The cell as written: marked as text when a spreadsheet would otherwise read a formula, and
     * without the control characters typed text may not hold ({@link ControlCharacters}), which text
     * stored before that rule may still have: a pack exported from such data then loads back.
     */
    public static String cell(Object value) {
        String text = value == null ? "" : ControlCharacters.removedFrom(value.toString());
        return NEEDS_MARK.matcher(text).matches() && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** The value of a cell written by {@link #cell}: its mark taken off. */
    public static String read(String cell) {
        return cell != null && MARKED.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    /** A header line and the rows, RFC 4180, every cell through {@link #cell}. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        Rows written = rows(out, header);
        rows.forEach(written::add);
        written.finish();
        return out.toString();
    }

    /**
     * A CSV file written row by row to {@code out}, as {@link #write} writes it (the same bytes), for
     * files too large to hold in memory. {@link Rows#finish} flushes the rows and leaves {@code out} open.
     */
    public static Rows rows(Writer out, List<String> header) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
            return new Rows(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a CSV file being written; see {@link #rows}. */
    public static final class Rows {
        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void add(List<?> row) {
            try {
                printer.printRecord(row.stream().map(CsvFiles::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void finish() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Starts a CSV download named {@code fileName} written straight to the response: the headers
     * {@link #download} sets, and a writer the caller fills (through {@link #rows}) and flushes.
     */
    public static Writer download(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** {@link #write} as a download named {@code fileName}. */
    public static ResponseEntity<String> download(String fileName, List<String> header, List<? extends List<?>> rows) {
        return download(fileName, write(header, rows));
    }

    /** A CSV file already written (through {@link #write}) as a download named {@code fileName}. */
    public static ResponseEntity<String> download(String fileName, String csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(csv);
    }
}
