package org.sahelwatch.events;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.sahelwatch.text.Tokens;

/**
 * Reads a death count from one sentence of folded text, in English or French: digits and number
 * words ("at least 20", "twenty-five", "une vingtaine"), sums of groups ("two soldiers and three
 * civilians were killed" = 5), and explicit none ("no one was killed" = 0).
 *
 * <p>Vague counts follow ACLED's convention of coding a conservative figure: "dozens" / "des
 * dizaines" count 12, "hundreds" / "des centaines" 100, "a dozen" / "une dizaine" 12 and 10,
 * "une vingtaine" 20 (and so on for -aine words). "Several", "many" and "plusieurs" give no count.
 */
public final class FatalityExtractor {

    private static final Set<String> KILL_WORDS = Set.of(
            "killed", "dead", "died", "slain", "deaths", "killing", "kill", "kills", "executed", "massacred",
            "neutralised", "neutralized", "tues", "tuees", "tue", "tuee", "morts", "mort", "peri", "decedes",
            "neutralises", "tuant", "abattus", "victimes", "succumbed", "assassinated", "assassinating", "murdered",
            "assassine", "assassines", "assassinee", "succombe", "decede", "abattu", "abattue", "abattues", "execute",
            "executes", "executee", "executees");
    private static final Set<String> VERB_KILL_WORDS = Set.of("killed", "killing", "kill", "kills", "tuant", "tue",
            "executed", "massacred", "neutralised", "neutralized", "neutralises", "assassinated", "assassinating",
            "murdered", "assassine", "abattu", "execute", "executes");
    /** Dying without an object: "a woman succumbed to her wounds", "un civil est decede". */
    private static final Set<String> INTRANSITIVE = Set.of("died", "succumbed", "succombe", "decede", "peri", "dead");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "is", "are", "being", "ete", "est",
            "sont", "also");
    private static final Set<String> WOUND_WORDS = Set.of("wounded", "injured", "injuring", "wounding", "hurt",
            "blesses", "blessees", "blesse", "blessee", "blessant");
    /** Words that end the object of a kill verb: "killing two and wounding 15". */
    private static final Set<String> CLAUSE_ENDS = Set.of("and", "et", "but", "while", "mais", "alors", "including",
            "dont");
    /** A month name next to a number makes it a date: "On 20 October", "le 3 mars", "On February 19". */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre");
    private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an", "un", "une");
    private static final Set<String> DEFINITE_ARTICLES = Set.of("the", "le", "la", "l", "his", "her", "their", "its",
            "son", "sa");
    /** After an article, words that do not name one person: "killed an unknown number of …". */
    private static final Set<String> NOT_ONE_PERSON = Set.of("unknown", "unspecified", "undetermined", "number",
            "large", "several", "few", "nombre", "certain", "dozen", "people", "police", "population", "family",
            "crew", "men", "women", "children", "hundred", "score", "group", "convoy", "vehicle", "village");
    private static final Set<String> CONNECTORS = Set.of("and", "et", "plus");
    private static final Set<String> NOT_PEOPLE = Set.of(
            "km", "kilometres", "kilometers", "kilometre", "miles", "days", "day", "months", "month", "years", "year",
            "hours", "hour", "minutes", "percent", "jours", "mois", "ans", "heures", "h", "kg", "tons", "tonnes",
            "vehicles", "vehicules", "motorcycles", "motos", "weeks", "semaines");
    private static final Set<String> NOBODY = Set.of("no one", "nobody", "aucune victime", "no casualties",
            "no deaths", "no fatalities", "pas de victime", "aucun mort");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
            Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60), Map.entry("dozen", 12), Map.entry("dozens", 12), Map.entry("hundreds", 100),
            Map.entry("dizaine", 10), Map.entry("douzaine", 12), Map.entry("quinzaine", 15),
            Map.entry("vingtaine", 20), Map.entry("trentaine", 30), Map.entry("quarantaine", 40),
            Map.entry("cinquantaine", 50), Map.entry("centaine", 100), Map.entry("dizaines", 12),
            Map.entry("centaines", 100), Map.entry("hundred", 100), Map.entry("cent", 100));

    private FatalityExtractor() {
    }

    /** The death count stated in tokens [first, end) of a sentence, if any. */
    public static OptionalInt inSentence(Tokens tokens, int first, int end) {
        if (saysNobodyDied(tokens, first, end)) {
            return OptionalInt.of(0);
        }
        int best = -1;
        for (int k = first; k < end; k++) {
            String word = tokens.token(k);
            if (!KILL_WORDS.contains(word)) {
                continue;
            }
            boolean passive = k > first && PASSIVE_AUX.contains(tokens.token(k - 1))
                    || (k + 1 < end && (tokens.token(k + 1).equals("by") || tokens.token(k + 1).equals("par")));
            boolean verb = (VERB_KILL_WORDS.contains(word) || isShotDead(tokens, first, k)) && !passive;
            int value = verb ? countAfter(tokens, k + 1, end) : -1;
            if (value < 0) {
                value = countBefore(tokens, first, k);
            }
            if (value < 0 && (passive || INTRANSITIVE.contains(word)) && singularSubject(tokens, first, k)) {
                value = 1;
            }
            best = Math.max(best, value);
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** "shot dead a civilian", "gunned down": the killing verb takes its object after it. */
    private static boolean isShotDead(Tokens tokens, int first, int k) {
        return tokens.token(k).equals("dead") && k > first
                && (tokens.token(k - 1).equals("shot") || tokens.token(k - 1).equals("gunned"));
    }

    /** "a civilian was killed", "an individual killed by militants", "a woman … succumbed": one person. */
    private static boolean singularSubject(Tokens tokens, int first, int killWord) {
        for (int k = killWord - 1; k >= Math.max(first, killWord - 6); k--) {
            String word = tokens.token(k);
            if (KILL_WORDS.contains(word) || WOUND_WORDS.contains(word) || parseNumber(tokens, k, k + 1) >= 0) {
                return false;
            }
            if (SINGULAR_ARTICLES.contains(word)) {
                return !NOT_ONE_PERSON.contains(tokens.token(k + 1));
            }
        }
        return false;
    }

    /**
     * A number in digits next to a month name is a date, not a count. Dates are written in digits: in
     * "le 24 octobre, six membres" the word "six" after the month is a count.
     */
    static boolean isDate(Tokens tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isDigits(tokens.token(k))) {
                return false;
            }
        }
        return (start > 0 && MONTHS.contains(tokens.token(start - 1)))
                || (end < tokens.count() && MONTHS.contains(tokens.token(end)));
    }

    private static boolean saysNobodyDied(Tokens tokens, int first, int end) {
        for (int k = first; k + 1 < end; k++) {
            String pair = tokens.token(k) + " " + tokens.token(k + 1);
            if (NOBODY.contains(pair)) {
                return true;
            }
        }
        return false;
    }

    /** Articles and prepositions, which do not count toward the window before a kill word ("de l'EIGS"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "of", "the",
            "a", "an", "au", "aux");

    /** Numbers in the 12 words before a kill word (articles and prepositions aside); groups joined by "and" are summed. */
    private static int countBefore(Tokens tokens, int first, int killWord) {
        int from = killWord;
        for (int content = 0; from > first && content < 12; ) {
            from--;
            if (!FUNCTION_WORDS.contains(tokens.token(from))) {
                content++;
            }
        }
        int total = -1;
        boolean connected = false;
        int k = killWord - 1;
        while (k >= from) {
            String word = tokens.token(k);
            if ((KILL_WORDS.contains(word) && k != killWord) || WOUND_WORDS.contains(word)) {
                break;
            }
            int numberStart = numberRunStart(tokens, first, k); // "dix-sept" may begin before the window
            if (numberStart < 0 && oneOfASum(tokens, from, k, total >= 0 && connected)) {
                numberStart = k; // "dix jihadistes et un soldat", "a forest guard and two herders"
            }
            if (numberStart >= 0) {
                int value = numberStart == k && SINGULAR_ARTICLES.contains(word) ? 1 : parseNumber(tokens, numberStart, k + 1);
                if (value >= 0 && !isMeasure(tokens, k + 1, killWord) && !isDate(tokens, numberStart, k + 1)) {
                    if (total < 0) {
                        total = value;
                    } else if (connected && isRangeStart(tokens, numberStart)) {
                        total = Math.min(total, value); // "between 26 and 32": the lower bound
                        break;
                    } else if (connected) {
                        total += value;
                    } else {
                        break;
                    }
                    connected = false;
                }
                k = numberStart - 1;
                continue;
            }
            if (CONNECTORS.contains(word) && total >= 0) {
                connected = true;
            }
            k--;
        }
        return total;
    }

    /**
     * A singular article that starts one term of a sum of victims: after "and" ("… et un soldat") or before
     * "and" and a counted group ("un garde forestier et deux éleveurs"), before a word that names one person.
     */
    private static boolean oneOfASum(Tokens tokens, int from, int k, boolean sumFollows) {
        if (!SINGULAR_ARTICLES.contains(tokens.token(k))) {
            return false;
        }
        if (k - 1 >= from && tokens.token(k - 1).equals("l")) {
            return true; // "l'une d'elles a succombé": the pronoun "l'un(e)" is one person
        }
        return ONE_PERSON.contains(tokens.token(k + 1))
                && (sumFollows || (k - 1 >= from && CONNECTORS.contains(tokens.token(k - 1))));
    }

    /** Nouns for one person in a sum of victims: "dix jihadistes et un soldat" (not "dans un état critique"). */
    private static final Set<String> ONE_PERSON = Set.of("soldier", "soldat", "civilian", "civil", "gendarme",
            "policeman", "policier", "militant", "jihadist", "jihadiste", "fighter", "combattant", "herder", "eleveur",
            "guard", "garde", "officer", "officier", "child", "enfant", "woman", "femme", "man", "homme", "person",
            "personne", "villager", "villageois", "member", "membre", "volunteer", "volontaire", "militiaman",
            "milicien", "assailant", "assaillant", "attacker", "driver", "chauffeur", "trader", "commercant",
            "peacekeeper", "casque");

    private static boolean isRangeStart(Tokens tokens, int numberStart) {
        if (numberStart == 0) {
            return false;
        }
        String before = tokens.token(numberStart - 1);
        return before.equals("between") || before.equals("entre");
    }

    /**
     * The count in the object of a kill verb: "killing at least 12 people", "killed a herder" (1),
     * "killing the mayor" (1); it ends at "and" ("killed three and wounded 15").
     */
    private static int countAfter(Tokens tokens, int from, int end) {
        int limit = Math.min(end, from + 4);
        for (int k = from; k < limit; k++) {
            if (CLAUSE_ENDS.contains(tokens.token(k)) || KILL_WORDS.contains(tokens.token(k))) {
                break;
            }
            if (parseNumber(tokens, k, k + 1) >= 0) {
                int runEnd = k + 1;
                while (runEnd < limit && parseNumber(tokens, runEnd, runEnd + 1) >= 0
                        && isDigits(tokens.token(runEnd)) == isDigits(tokens.token(k))) {
                    runEnd++;
                }
                if (isMeasure(tokens, runEnd, Math.min(end, runEnd + 1)) || isDate(tokens, k, runEnd)
                        || (runEnd < end && WOUND_WORDS.contains(tokens.token(runEnd)))) {
                    return -1;
                }
                return parseNumber(tokens, k, runEnd);
            }
        }
        int object = from;
        while (object < end && QUALIFIERS.contains(tokens.token(object))) {
            object++; // "tuant au moins une personne", "killing at least one"
        }
        return singularObject(tokens, object, end) ? 1 : -1;
    }

    /** Words that qualify a count: "at least", "au moins". */
    private static final Set<String> QUALIFIERS = Set.of("at", "least", "au", "moins");

    /** "killed a herder", "shot dead an American", "killing the driver", "a tue le maire". */
    private static boolean singularObject(Tokens tokens, int from, int end) {
        if (from + 1 >= end) {
            return false;
        }
        String article = tokens.token(from);
        String noun = tokens.token(from + 1);
        if (SINGULAR_ARTICLES.contains(article)) {
            return !NOT_ONE_PERSON.contains(noun) && parseNumber(tokens, from + 1, from + 2) < 0;
        }
        if (DEFINITE_ARTICLES.contains(article)) {
            return !NOT_ONE_PERSON.contains(noun) && !noun.endsWith("s") && !noun.endsWith("x")
                    && parseNumber(tokens, from + 1, from + 2) < 0;
        }
        return false;
    }

    private static boolean isMeasure(Tokens tokens, int after, int limit) {
        return after < limit && after < tokens.count() && NOT_PEOPLE.contains(tokens.token(after));
    }

    /** Start of the run of number tokens ending at {@code last}, or -1 when it is not a number. */
    private static int numberRunStart(Tokens tokens, int from, int last) {
        if (parseNumber(tokens, last, last + 1) < 0) {
            return -1;
        }
        int start = last;
        boolean digits = isDigits(tokens.token(last));
        // digits and number words do not form one number: "On October 9, two members" is 9 and 2
        while (start - 1 >= from && parseNumber(tokens, start - 1, start) >= 0
                && isDigits(tokens.token(start - 1)) == digits) {
            start--;
        }
        return start;
    }

    /** The number written by tokens [start, end): digits (1,200 is two tokens) or number words. */
    static int parseNumber(Tokens tokens, int start, int end) {
        int total = 0;
        int pending = 0;
        boolean any = false;
        for (int k = start; k < end; k++) {
            String word = tokens.token(k);
            if (isDigits(word)) {
                int value = Integer.parseInt(word.length() > 6 ? word.substring(0, 6) : word);
                boolean thousands = k > start && word.length() == 3 && any
                        && tokens.text().charAt(tokens.start(k) - 1) == ',';
                if (value >= 1900 && value <= 2100 && end - start == 1) {
                    return -1; // a year
                }
                pending = thousands ? pending * 1000 + value : pending + value;
                any = true;
            } else if (UNITS.containsKey(word)) {
                int value = UNITS.get(word);
                if (value == 100 && pending > 0 && pending < 100) {
                    pending *= 100;
                } else {
                    pending += value;
                }
                any = true;
            } else {
                return -1;
            }
        }
        total += pending;
        return any ? total : -1;
    }

    private static boolean isDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
