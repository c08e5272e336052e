package org.sahelwatch.eval;

import java.util.Map;

/**
 * One data row of an ACLED CSV file.
 *
 * @param line   the line of the file where the row starts (1 = the header)
 * @param number the row's position among the data rows, from 1
 * @param values cell values by column name; a column absent from the file is absent here
 */
public record AcledRow(int line, int number, Map<String, String> values) {

    public AcledRow {
        values = Map.copyOf(values);
    }

    /** The stripped value of a column; the empty string when the column is absent or blank. */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    /** ACLED's {@code event_id_cnty}, else {@code #} and the row number. */
    public String id() {
        String id = get(AcledCsv.EVENT_ID);
        return id.isEmpty() ? "#" + number : id;
    }
}
