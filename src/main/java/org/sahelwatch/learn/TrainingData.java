package org.sahelwatch.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;

/**
 * The labelled examples the event model learns from: ACLED's notes (2019+ scheme, cleaned of the note
 * artefacts by {@link NoteCleaner}; the French translations too, when the file has a {@code notes_fr}
 * column) and the project's news-style sentences ({@code config/training/*.tsv}). Rows that cannot
 * teach a sub-event type (the pre-2019 scheme, a blank sub-event type) are counted, not used.
 */
public final class TrainingData {

    /** The year news-style sentences are read as published in (they carry no date). */
    public static final int NEWS_YEAR = 2025;

    /** The column of the French translations in {@code acled-2021-fr.csv}. */
    public static final String NOTES_FR = "notes_fr";

    /** Examples read, and rows left out with the reason. */
    public record Read(List<Example> examples, Map<String, Integer> leftOut) {
        public Read {
            examples = List.copyOf(examples);
            leftOut = Map.copyOf(leftOut);
        }
    }

    private TrainingData() {
    }

    /**
     * The examples of an ACLED file: one per row in ACLED's 2019+ scheme with a sub-event type, from
     * the English notes; or, when the file has French translations ({@value #NOTES_FR}), from the French
     * notes only (the English ones are the training file's). Either falls in the group of the English
     * notes, so one event never lands in two cross-validation folds.
     */
    public static Read acled(AcledCsv.Result csv, String source) {
        List<Example> out = new ArrayList<>();
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        boolean french = csv.hasColumn(NOTES_FR);
        for (AcledRow row : csv.rows()) {
            String sub = row.get(AcledCsv.SUB_EVENT_TYPE);
            String schema = row.get("acled_schema");
            if (!schema.isEmpty() && !schema.equals("ACLED 2019+")) {
                leftOut.merge("pre-2019 scheme (no sub-event type)", 1, Integer::sum);
                continue;
            }
            if (!EventLabels.eventTypeOf(sub).isPresent()) {
                leftOut.merge(sub.isEmpty() ? "blank sub-event type" : "unknown sub-event type '" + sub + "'", 1, Integer::sum);
                continue;
            }
            String group = groupOf(row.get(AcledCsv.NOTES));
            int year = yearOf(row);
            String english = NoteCleaner.clean(row.get(AcledCsv.NOTES));
            if (!french && !english.isEmpty()) {
                out.add(new Example(source + ":" + row.id(), english, "en", sub, group, year, false));
            }
            if (french) {
                String fr = NoteCleaner.clean(row.get(NOTES_FR));
                if (!fr.isEmpty()) {
                    out.add(new Example(source + ":" + row.id() + ":fr", fr, "fr", sub, group, year, false));
                }
            }
        }
        return new Read(out, leftOut);
    }

    /** The year of an ACLED row: its {@code year} column, else that of its ISO date; 2020 when it has neither. */
    public static int yearOf(AcledRow row) {
        String year = row.get("year");
        if (year.isEmpty() && row.get(AcledCsv.EVENT_DATE_ISO).length() >= 4) {
            year = row.get(AcledCsv.EVENT_DATE_ISO).substring(0, 4);
        }
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            return 2020;
        }
    }

    /** The cross-validation group of an ACLED row: its English notes, spacing aside. */
    public static String groupOf(String notes) {
        return "acled:" + notes.strip().replaceAll("\\s+", " ");
    }

    /**
     * The examples of a news TSV ({@code id lang kind label country text}). A line with a wrong number
     * of columns or an unknown label stops the reading with its line number.
     */
    public static List<Example> news(BufferedReader in, String where) throws IOException {
        List<Example> out = new ArrayList<>();
        String header = in.readLine();
        if (header == null || !header.startsWith("id\tlang\tkind\tlabel\tcountry\ttext")) {
            throw new IOException(where + ": expected the header 'id\tlang\tkind\tlabel\tcountry\ttext'");
        }
        int line = 1;
        for (String s = in.readLine(); s != null; s = in.readLine()) {
            line++;
            if (s.isBlank()) {
                continue;
            }
            String[] c = s.split("\t", -1);
            if (c.length != 6) {
                throw new IOException(where + " line " + line + ": " + c.length + " columns, expected 6");
            }
            if (!EventLabels.isLabel(c[3])) {
                throw new IOException(where + " line " + line + ": unknown label '" + c[3] + "'; use an ACLED sub-event"
                        + " type as ACLED spells it, or NONE");
            }
            out.add(new Example(c[0], c[5], c[1], c[3], "news:" + c[0], NEWS_YEAR, c[2].equals("headline")));
        }
        return out;
    }
}
