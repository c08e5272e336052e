package org.sahelwatch.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.tagging.Tagger;

/**
 * Scores the tagger on real news headlines: the distinct headlines of a UCDP GED export
 * ({@code source_headline}, ';'-separated), each tagged as the title of an article of its own, against
 * hand labels keyed by the SHA-256 of the normalised headline ({@code config/eval/ucdp-headline-labels.tsv}:
 * VIOLENT, OTHER_EVENT or NONE, and a language). Per language: the share of VIOLENT headlines on
 * which a violent event (battle, explosion/remote violence, violence against civilians) is found, and
 * the share of NONE headlines on which one is found wrongly.
 */
public final class HeadlineEvaluation {

    /** A label of the hand-labelled file. */
    public record Label(String language, String label) {
    }

    /** Counts of one language. */
    public static final class Part {
        final Map<String, int[]> byLabel = new TreeMap<>(); // label -> {headlines, with a violent event, with any event}

        public double violentFound(String label) {
            int[] c = byLabel.getOrDefault(label, new int[3]);
            return c[0] == 0 ? Double.NaN : (double) c[1] / c[0];
        }
    }

    private HeadlineEvaluation() {
    }

    /** The normalised headline: stripped, each run of white space one space. */
    public static String normalise(String headline) {
        return headline.strip().replaceAll("\\s+", " ");
    }

    /** The key of a normalised headline: lowercase hex SHA-256 of its UTF-8 bytes. */
    public static String key(String normalised) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Reads the labels file ({@code key lang label}). */
    public static Map<String, Label> labels(BufferedReader in, String where) throws IOException {
        Map<String, Label> labels = new LinkedHashMap<>();
        String header = in.readLine();
        if (header == null || !header.equals("key\tlang\tlabel")) {
            throw new IOException(where + ": expected the header 'key\tlang\tlabel'");
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] c = line.split("\t", -1);
            if (c.length == 3) {
                labels.put(c[0], new Label(c[1], c[2]));
            }
        }
        return labels;
    }

    /**
     * Tags every distinct labelled headline of the export once (as published on the date of the first
     * event that cites it) and counts, per language and label, the headlines with a violent event.
     */
    public static Map<String, Part> run(Tagger tagger, Reader ucdpCsv, Map<String, Label> labels, Instant processedAt)
            throws IOException {
        Map<String, String[]> headlines = new LinkedHashMap<>(); // key -> {headline, date}
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(ucdpCsv)) {
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                String date = row.getOrDefault("date_start", "");
                for (String part : row.getOrDefault("source_headline", "").split(";")) {
                    String h = normalise(part);
                    if (!h.isEmpty()) {
                        headlines.putIfAbsent(key(h), new String[] {h, date});
                    }
                }
            }
        }
        Map<String, Part> parts = new TreeMap<>();
        int n = 0;
        for (Map.Entry<String, String[]> e : headlines.entrySet()) {
            Label label = labels.get(e.getKey());
            if (label == null) {
                continue;
            }
            RawArticle article = RawArticle.newBuilder().setId("ucdp-" + n++).setSource("UCDP headline")
                    .setTitle(e.getValue()[0]).setBody("").setPublishedAt(publishedAt(e.getValue()[1])).build();
            EnrichedArticle tagged = tagger.tag(article, processedAt);
            boolean violent = tagged.getEvents().stream().map(EventTag::getEventType).anyMatch(EventLabels::isViolent);
            int[] c = parts.computeIfAbsent(label.language(), l -> new Part()).byLabel
                    .computeIfAbsent(label.label(), l -> new int[3]);
            c[0]++;
            c[1] += violent ? 1 : 0;
            c[2] += tagged.getEvents().isEmpty() ? 0 : 1;
        }
        return parts;
    }

    /** UCDP writes "06/27/2023 00:00:00"; noon UTC of that day, or 2020 when unreadable. */
    static Instant publishedAt(String date) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})").matcher(date);
        return m.find() ? Instant.parse(m.group(3) + "-" + m.group(1) + "-" + m.group(2) + "T12:00:00Z")
                : Instant.parse("2020-06-01T12:00:00Z");
    }

    public static String report(Map<String, Part> parts) {
        StringBuilder out = new StringBuilder("UCDP headlines (distinct, hand-labelled)\n");
        parts.forEach((lang, p) -> p.byLabel.forEach((label, c) -> out.append(String.format(Locale.ROOT,
                "%-5s %-11s %4d headlines: violent event found on %.3f (%d), any event on %.3f (%d)%n",
                lang, label, c[0], c[0] == 0 ? Double.NaN : (double) c[1] / c[0], c[1],
                c[0] == 0 ? Double.NaN : (double) c[2] / c[0], c[2]))));
        return out.toString();
    }
}
