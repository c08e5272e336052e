package org.sahelwatch.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an ACLED export (CSV with a header row) into {@link AcledRow}s. Columns are found by
 * name, so their order and any extra columns do not matter. A row with the wrong number of cells
 * is reported with its line number and skipped; a missing required column stops the reading.
 */
public final class AcledCsv {

    public static final String NOTES = "notes";
    public static final String COUNTRY = "country";
    public static final String ADMIN1 = "admin1";
    public static final String ADMIN2 = "admin2";
    public static final String LOCATION = "location";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String ACTOR1 = "actor1";
    public static final String ASSOC_ACTOR_1 = "assoc_actor_1";
    public static final String INTER1 = "inter1";
    public static final String ACTOR2 = "actor2";
    public static final String ASSOC_ACTOR_2 = "assoc_actor_2";
    public static final String INTER2 = "inter2";
    public static final String EVENT_TYPE = "event_type";
    public static final String SUB_EVENT_TYPE = "sub_event_type";
    public static final String FATALITIES = "fatalities";
    public static final String EVENT_DATE = "event_date";
    public static final String EVENT_DATE_ISO = "event_date_iso";
    public static final String EVENT_ID = "event_id_cnty";
    public static final String LANGUAGE = "language";

    /** The columns without which nothing can be measured. */
    public static final List<String> REQUIRED = List.of(NOTES, COUNTRY);

    /** A row that was not read, with the line where it starts. */
    public record Problem(int line, String message) {
    }

    /** The header, the rows read and the rows skipped. */
    public record Result(List<String> columns, List<AcledRow> rows, List<Problem> problems) {

        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasColumn(String name) {
            return columns.contains(name);
        }
    }

    /** The file lacks a required column; the message names it and lists the columns found. */
    public static final class MissingColumnException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public MissingColumnException(String message) {
            super(message);
        }
    }

    private AcledCsv() {
    }

    /**
     * Reads the whole input. Column names are matched without regard to case or surrounding space.
     *
     * @throws MissingColumnException when the header lacks {@code notes} or {@code country}
     */
    public static Result read(Reader input) throws IOException {
        return read(input, List.of());
    }

    /** As {@link #read(Reader)}, also requiring the {@code extraRequired} columns. */
    public static Result read(Reader input, List<String> extraRequired) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<AcledRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> header = null;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(input)) {
            int nextLine = 1;
            while (true) {
                String[] cells;
                int line = nextLine;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    cells = it.nextValue();
                } catch (RuntimeException | IOException e) {
                    // an unclosed quote or broken encoding: the parser cannot resynchronise
                    problems.add(new Problem(line, "malformed CSV (" + firstLine(e.getMessage())
                            + "); this row and the rest of the file were not read"));
                    break;
                }
                nextLine = lineAfter(it.getCurrentLocation(), line);
                if (header == null) {
                    header = headerOf(cells);
                    checkColumns(header, extraRequired);
                    continue;
                }
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue; // blank line
                }
                if (cells.length != header.size()) {
                    problems.add(new Problem(line, "has " + cells.length + " cells, the header has "
                            + header.size() + " columns"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    values.putIfAbsent(header.get(i), cells[i]);
                }
                rows.add(new AcledRow(line, rows.size() + problems.size() + 1, values));
            }
        }
        if (header == null) {
            throw new MissingColumnException("the file is empty: expected a CSV header with at least the columns "
                    + String.join(", ", REQUIRED));
        }
        return new Result(header, rows, problems);
    }

    /** The line after the row just read (the parser stands at the start of the next row). */
    private static int lineAfter(JsonLocation location, int line) {
        int lineNr = location == null ? -1 : location.getLineNr();
        return lineNr > line ? lineNr : line + 1;
    }

    private static List<String> headerOf(String[] cells) {
        List<String> header = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i];
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            header.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return header;
    }

    private static void checkColumns(List<String> header, List<String> extraRequired) {
        List<String> missing = new ArrayList<>();
        List<String> required = new ArrayList<>(REQUIRED);
        extraRequired.forEach(c -> required.add(c.strip().toLowerCase(Locale.ROOT)));
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnException("missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the header has: " + String.join(", ", header));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
