package org.sahelwatch.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.eval.AdminNames;

/**
 * ACLED's actor labels as they appear in its actor columns, read into their parts: the era suffix
 * ("Military Forces of Mali (2020-)"), the country of a label written for every country ("Civilians
 * (Mali)", "Teachers (Burkina Faso)") or naming one ("Police Forces of Burkina Faso (2015-) Gendarmerie"),
 * and the role each label plays in a row (actor 1, actor 2, associated with either).
 */
final class AcledLabels {

    /** The role of a label in a row. */
    enum Role { ACTOR1, ACTOR2, ASSOCIATED1, ASSOCIATED2 }

    /**
     * One ACLED actor label.
     *
     * @param label        as ACLED writes it, era included
     * @param key          the label without its era, spaces normalised: one actor across its eras
     * @param templateBase for a label ACLED writes for every country ("Teachers (Mali)"), the part before the
     *                     country ("Teachers"); null otherwise
     * @param countryCode  the country of a template label, or the country its name names; null when none
     * @param from         first year of its era, or null
     * @param to           last year of its era, or null (an open era, or none)
     */
    record Label(String label, String key, String templateBase, String countryCode, Integer from, Integer to) {
    }

    /** A label coded in a row, with its role and (for actor 1 and 2) ACLED's inter code. */
    record Coded(Label label, Role role, String inter) {
    }

    private static final Pattern ERA = Pattern.compile("\\s*\\((\\d{4})-(\\d{4})?\\)");
    private static final Pattern SUFFIX = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

    private final AdminNames names;

    AcledLabels(AdminNames names) {
        this.names = names;
    }

    /** The labels a row codes, with their roles: "A and/or B" (ACLED's joint attribution) gives both A and B. */
    List<Coded> of(AcledRow row) {
        List<Coded> out = new ArrayList<>();
        add(out, row.get(AcledCsv.ACTOR1), Role.ACTOR1, row.get(AcledCsv.INTER1), false);
        add(out, row.get(AcledCsv.ASSOC_ACTOR_1), Role.ASSOCIATED1, row.get(AcledCsv.INTER1), true);
        add(out, row.get(AcledCsv.ACTOR2), Role.ACTOR2, row.get(AcledCsv.INTER2), false);
        add(out, row.get(AcledCsv.ASSOC_ACTOR_2), Role.ASSOCIATED2, row.get(AcledCsv.INTER2), true);
        return out;
    }

    private void add(List<Coded> out, String cell, Role role, String inter, boolean list) {
        for (String part : list ? cell.split(";") : new String[] {cell}) {
            for (String alternative : part.split("\\s+and/or\\s+")) {
                if (!alternative.isBlank()) {
                    out.add(new Coded(parse(alternative.strip()), role, inter));
                }
            }
        }
    }

    /** Reads one label into its parts. */
    Label parse(String label) {
        Matcher era = ERA.matcher(label);
        Integer from = null;
        Integer to = null;
        if (era.find()) {
            from = Integer.valueOf(era.group(1));
            to = era.group(2) == null ? null : Integer.valueOf(era.group(2));
        }
        String key = ERA.matcher(label).replaceAll("").replaceAll("\\s+", " ").strip();
        Matcher suffix = SUFFIX.matcher(key);
        if (suffix.matches()) {
            String country = suffix.group(2).strip();
            String cc = names.countryCode(country).orElse(null);
            if (cc != null || country.equalsIgnoreCase("International")) {
                return new Label(label, key, suffix.group(1).strip(), cc, from, to);
            }
        }
        return new Label(label, key, null, countryNamedIn(key), from, to);
    }

    /** The country a name names after "of": "Police Forces of Burkina Faso Gendarmerie" → BF; null when none. */
    private String countryNamedIn(String key) {
        String[] words = key.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (!words[i].toLowerCase(Locale.ROOT).equals("of")) {
                continue;
            }
            for (int n = Math.min(3, words.length - i - 1); n >= 1; n--) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, i + 1 + n));
                var cc = names.countryCode(candidate.replaceAll("[():,]", ""));
                if (cc.isPresent()) {
                    return cc.get();
                }
            }
        }
        return null;
    }
}
