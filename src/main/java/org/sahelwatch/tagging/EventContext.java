package org.sahelwatch.tagging;

import java.util.Set;

/**
 * Whether a trigger word reports an event that happened: not background ("violence since 2012"),
 * not negated ("did not attack", "no one was killed"), not a threat, plan or fear ("vowed to
 * attack", "feared fighting").
 */
final class EventContext {

    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "denied", "deny", "denies",
            "without", "t", "pas", "aucun", "aucune", "ni", "jamais", "dementi", "nie");
    private static final Set<String> HYPOTHETICAL = Set.of("will", "would", "could", "might", "may", "threatened",
            "threatens", "threaten", "vowed", "vows", "vow", "plan", "plans", "planned", "planning", "intend",
            "intends", "seek", "seeks", "feared", "fears", "fear", "warned", "warns", "if", "possible",
            "potential", "risk", "risks", "prepare", "preparing", "menace", "menacent", "menaces",
            "pourrait", "pourraient", "va", "vont", "compte", "projette", "craint", "craignent", "risque",
            "eventuel", "eventuelle", "si");
    private static final Set<String> BACKGROUND_MARKERS = Set.of("since", "depuis");
    /** Words that make a sentence tell what keeps happening, not one event. */
    private static final Set<String> HABITUAL = Set.of("regularly", "routinely", "frequently", "repeatedly",
            "regulierement", "frequemment", "habituellement", "reguliere", "recurrent", "recurrents");

    private EventContext() {
    }

    /** The question "is this sentence background or habit, for an article of this year", remembered per sentence. */
    private record BackgroundOrHabit(int publishedYear) { }

    static boolean isSuppressed(FieldText f, int sentence, int triggerToken, int publishedYear) {
        int[] range = f.sentenceTokens(sentence);
        if (f.sentenceHas(new BackgroundOrHabit(publishedYear), sentence,
                s -> isBackground(f, range[0], range[1], publishedYear) || isHabitual(f, range[0], range[1]))) {
            return true;
        }
        for (int t = triggerToken - 1; t >= Math.max(range[0], triggerToken - 4); t--) {
            if (NEGATIONS.contains(f.token(t))) {
                return true;
            }
        }
        for (int t = triggerToken - 1; t >= Math.max(range[0], triggerToken - 5); t--) {
            if (HYPOTHETICAL.contains(f.token(t))) {
                return true;
            }
            if (f.token(t).equals("amid") || f.token(t).equals("amidst")
                    || (f.token(t).equals("fond") && f.token(t - 1).equals("sur"))) {
                return true; // "marched … amid rising attacks", "sur fond de multiplication des attaques": the setting
            }
        }
        return false;
    }

    /** "rights groups regularly denounce the toll of air strikes": no one strike. */
    private static boolean isHabitual(FieldText f, int first, int end) {
        for (int t = first; t < end; t++) {
            f.step();
            if (HABITUAL.contains(f.token(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence is background when it dates what it tells to well before publication: "since
     * 2012", "depuis 2012", or "in 2012" when 2012 is two or more years before the article; or when
     * it recaps in the pluperfect that a place "had been the scene of" fighting.
     */
    static boolean isBackground(FieldText f, int first, int end, int publishedYear) {
        for (int t = first; t + 3 < end; t++) {
            f.step();
            // "X had been the scene of fighting", "X avait été le théâtre de combats": a recap
            if ((f.token(t).equals("had") && f.token(t + 1).equals("been") && f.token(t + 2).equals("the")
                        && f.token(t + 3).equals("scene"))
                    || ((f.token(t).equals("avait") || f.token(t).equals("avaient")) && f.token(t + 1).equals("ete")
                        && f.token(t + 3).equals("theatre"))) {
                return true;
            }
        }
        for (int t = first; t < end; t++) {
            f.step();
            int year = yearOf(f.token(t));
            if (year < 0) {
                continue;
            }
            String before = f.token(t - 1);
            if (BACKGROUND_MARKERS.contains(before)) {
                return true;
            }
            if ((before.equals("in") || before.equals("en")) && publishedYear - year >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int yearOf(String token) {
        if (token.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return -1;
            }
        }
        int year = Integer.parseInt(token);
        return year >= 1900 && year <= 2100 ? year : -1;
    }
}
