package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated dictionary file: {@code #} comment lines, one header line naming the columns,
 * then rows. Rows keep their line number so that a bad entry can be reported precisely.
 */
public final class TsvTable {

    /** One data row. */
    public record Row(String source, int line, Map<String, Integer> columns, String[] cells) {

        /** The cell of {@code column}, trimmed; empty when the row is short. */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(source + ": no column '" + column
                        + "' in the header; expected columns " + columns.keySet());
            }
            return index < cells.length ? cells[index].trim() : "";
        }

        /** The cell split on {@code |}, without empty parts. */
        public List<String> list(String column) {
            String value = get(column);
            List<String> parts = new ArrayList<>();
            for (String part : value.split("\\|")) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
            return parts;
        }

        public String where() {
            return source + " line " + line;
        }
    }

    private final List<Row> rows;

    private TsvTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads a table; {@code source} names it in error messages. */
    public static TsvTable read(String source, BufferedReader reader) {
        try {
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].trim(), i);
                    }
                    columns = Map.copyOf(columns);
                } else {
                    rows.add(new Row(source, number, columns, cells));
                }
            }
            if (columns == null) {
                throw new IllegalArgumentException(source + " has no header line: the first line that is "
                        + "neither blank nor a # comment must name the columns");
            }
            return new TsvTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
