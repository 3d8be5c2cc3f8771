package cn.shanghai.achievements.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The export formats, written once: NDJSON (one JSON document a line), CSV (RFC 4180, UTF-8 with a BOM so that
 * spreadsheets read Chinese correctly, cells that cannot be read as formulas) and XLSX (text cells), all streamed and
 * flushed as they go.
 */
public final class Exports {

    public static final int FLUSH_EVERY = 500;
    public static final String NDJSON = "application/x-ndjson; charset=UTF-8";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Exports() {}

    /** The formats of the exports that have more than one, as the {@code format} parameter names them. */
    public enum Format {
        CSV("csv", Exports.CSV),
        XLSX("xlsx", Exports.XLSX),
        NDJSON("ndjson", Exports.NDJSON);

        public final String wire;
        public final String mediaType;

        Format(String wire, String mediaType) {
            this.wire = wire;
            this.mediaType = mediaType;
        }

        /** The format asked for: CSV when none is; anything else is a 400 that names the three. */
        public static Format parse(String format) {
            if (format == null || format.isEmpty()) {
                return CSV;
            }
            for (Format f : values()) {
                if (f.wire.equals(format)) {
                    return f;
                }
            }
            throw ProblemException.invalid("format", "must be csv, xlsx or ndjson");
        }
    }

    /** An export as a download: its media type, a file name of its format, and how many records it holds. */
    public static jakarta.ws.rs.core.Response download(
            Format format, String name, int count, jakarta.ws.rs.core.StreamingOutput body) {
        return jakarta.ws.rs.core.Response.ok(body)
                .type(format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.wire + "\"")
                .header("X-Total-Count", count)
                .build();
    }

    /**
     * An export of a whole kind that has only one format: NDJSON, named, with its count (anything but ndjson asked is a
     * 400).
     */
    public static <T> jakarta.ws.rs.core.Response ndjsonDownload(
            String format, List<T> all, String name, ObjectMapper json) {
        if (format != null && !format.isEmpty() && !format.equals("ndjson")) {
            throw ProblemException.invalid("format", "must be ndjson");
        }
        return download(Format.NDJSON, name, all.size(), out -> ndjson(all, v -> v, json, out));
    }

    /** One JSON document a line. */
    public static <T> void ndjson(Iterable<T> records, Function<T, Object> view, ObjectMapper json, OutputStream out)
            throws IOException {
        int n = 0;
        for (T r : records) {
            out.write(json.writeValueAsBytes(view.apply(r)));
            out.write('\n');
            if (++n % FLUSH_EVERY == 0) {
                out.flush();
            }
        }
        out.flush();
    }

    /** A header line and one line a record. */
    public static <T> void csv(
            List<String> headers, Iterable<T> records, Function<T, List<String>> cells, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        w.write(line(headers));
        w.write("\r\n");
        int n = 0;
        for (T r : records) {
            w.write(line(cells.apply(r)));
            w.write("\r\n");
            if (++n % FLUSH_EVERY == 0) {
                w.flush();
            }
        }
        w.flush();
    }

    /**
     * A spreadsheet of one sheet: a bold, frozen header row and one row a record, every cell text (never a number, a
     * date or a formula a spreadsheet would reinterpret), flushed as it goes. Excel, WPS and LibreOffice open it with
     * their default settings: an XLSX has no encoding to guess, as a CSV does.
     */
    public static <T> void xlsx(
            String sheet, List<String> headers, Iterable<T> records, Function<T, List<String>> cells, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "achievements-catalogue", "1.0");
        Worksheet ws = wb.newWorksheet(sheet);
        for (int col = 0; col < headers.size(); col++) {
            ws.value(0, col, headers.get(col));
            ws.style(0, col).bold().set();
            ws.width(col, Math.max(12, Math.min(40, headers.get(col).length() * 2.2)));
        }
        ws.freezePane(0, 1);
        int row = 1;
        for (T r : records) {
            List<String> values = cells.apply(r);
            for (int col = 0; col < values.size(); col++) {
                ws.value(row, col, values.get(col) == null ? "" : values.get(col));
            }
            if (row++ % FLUSH_EVERY == 0) {
                ws.flush();
            }
        }
        wb.finish();
    }

    public static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet never reads a cell as a formula. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
