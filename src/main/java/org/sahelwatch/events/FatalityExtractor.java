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
            "neutralises", "tuant", "abattus", "victimes");
    private static final Set<String> VERB_KILL_WORDS = Set.of("killed", "killing", "kill", "kills", "tuant", "tue",
            "executed", "massacred", "neutralised", "neutralized", "neutralises");
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
            best = Math.max(best, countBefore(tokens, first, k));
            if (VERB_KILL_WORDS.contains(word)) {
                best = Math.max(best, countAfter(tokens, k + 1, end));
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
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

    /** Numbers in the 8 tokens before a kill word; groups joined by "and" are summed. */
    private static int countBefore(Tokens tokens, int first, int killWord) {
        int from = Math.max(first, killWord - 8);
        int total = -1;
        boolean connected = false;
        int k = killWord - 1;
        while (k >= from) {
            String word = tokens.token(k);
            if (KILL_WORDS.contains(word) && k != killWord) {
                break;
            }
            int numberStart = numberRunStart(tokens, from, k);
            if (numberStart >= 0) {
                int value = parseNumber(tokens, numberStart, k + 1);
                if (value >= 0 && !isMeasure(tokens, k + 1, killWord)) {
                    if (total < 0) {
                        total = value;
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

    private static int countAfter(Tokens tokens, int from, int end) {
        int limit = Math.min(end, from + 4);
        for (int k = from; k < limit; k++) {
            if (parseNumber(tokens, k, k + 1) >= 0) {
                int runEnd = k + 1;
                while (runEnd < limit && parseNumber(tokens, runEnd, runEnd + 1) >= 0) {
                    runEnd++;
                }
                if (isMeasure(tokens, runEnd, Math.min(end, runEnd + 1))) {
                    return -1;
                }
                return parseNumber(tokens, k, runEnd);
            }
        }
        return -1;
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
        while (start - 1 >= from && parseNumber(tokens, start - 1, start) >= 0) {
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
