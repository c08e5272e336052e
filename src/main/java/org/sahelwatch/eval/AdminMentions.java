package org.sahelwatch.eval;

import java.util.HashSet;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;
import org.sahelwatch.text.TextNormalizer;
import org.sahelwatch.text.Tokens;

/**
 * Whether a text names a coded event's admin region or place: whether any run of up to four of its words,
 * written together ({@link AdminNames#key}), is the region's name or an alias of the gazetteer's region of
 * that name ("Tombouctou", "Timbuktu"), or the place's name. Notes since 2020 end with "(Admin2, Admin1)";
 * older notes and headlines often name neither, and their region can only come from a place the tagger
 * knows, or not at all.
 */
final class AdminMentions {

    /** How the evaluation splits rows: the text names the event's admin1 or admin2, or names neither. */
    static final String NAMES_REGION = "notes naming the event's admin region";
    static final String NAMES_NO_REGION = "notes naming no admin region of the event";

    private static final int MAX_WORDS = 4;

    private final AdminNames names;

    AdminMentions(AdminNames names) {
        this.names = names;
    }

    /** Whether the text names the admin1 or admin2 region (of country {@code cc}, may be null). */
    boolean namesRegion(String text, String cc, String admin1, String admin2) {
        Set<String> runs = runs(text);
        return names(runs, cc, RegionKind.ADMIN1, admin1) || names(runs, cc, RegionKind.ADMIN2, admin2);
    }

    /** Whether the text names the place (ACLED's location, UCDP's place without "village" or "town"). */
    boolean namesPlace(String text, String place) {
        String k = AdminNames.key(place == null ? "" : place);
        return !k.isEmpty() && runs(text).contains(k);
    }

    private boolean names(Set<String> runs, String cc, RegionKind level, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        for (String k : names.keysOf(cc, level, name)) {
            if (runs.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Every run of one to four words of the text, each written as one key. */
    private static Set<String> runs(String text) {
        Tokens tokens = Tokens.of(TextNormalizer.foldPhrase(text));
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.count(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < tokens.count() && j < i + MAX_WORDS; j++) {
                run.append(AdminNames.key(tokens.token(j)));
                out.add(run.toString());
            }
        }
        return out;
    }
}
