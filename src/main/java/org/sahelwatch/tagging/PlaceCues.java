package org.sahelwatch.tagging;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.RegionKind;

/**
 * The words and punctuation around a place name that rule a reading in or out: a parenthesis
 * stating its cercle and region ("Sokoura (Bankass, Mopti)"), the town it is said to be in or near,
 * a hyphen or an unknown capitalised word that makes it part of a longer name ("Tin Elebag"), a
 * surname after a first name ("Chad Smith"), a river word, a border ("near the border with Burkina
 * Faso"), capitals that make it an acronym. Questions only: it writes nothing.
 */
final class PlaceCues {

    private final TaggingDictionary dict;

    PlaceCues(TaggingDictionary dict) {
        this.dict = dict;
    }

    /**
     * A small place whose every reading lies within 50 km of the first ("toward In-Ates": a well
     * and a village of that name, side by side) says where the article is as well as a town does.
     */
    Optional<ArticleState.Anchor> oneSpotOf(FieldText f, Hit hit) {
        String key = hit.key();
        if (dict.cueOnlyNames.contains(key) || dict.commonWords.contains(key) || isAcronym(f, hit)) {
            return Optional.empty();
        }
        Place first = null;
        for (Entry e : hit.entries()) {
            Entry.PlaceName p = (Entry.PlaceName) e;
            Place place = p.place();
            if (p.demonym() || place.kind() != RegionKind.PLACE || place.isMajorPlace()
                    || place.latitude() == null || place.longitude() == null) {
                return Optional.empty();
            }
            if (first == null) {
                first = place;
            } else if (Geo.distanceKm(first.latitude(), first.longitude(), place.latitude(), place.longitude()) > 50) {
                return Optional.empty();
            }
        }
        return first == null ? Optional.empty() : Optional.of(new ArticleState.Anchor(hit, first.latitude(), first.longitude()));
    }

    /**
     * The one Sahel country all the hit's gazetteer candidates lie in, or null: a village name found
     * only in Mali can be read as Malian when the article never names the country.
     */
    static String onlySahelCountry(Hit hit) {
        boolean anySettlement = hit.entries().stream().anyMatch(e -> !((Entry.PlaceName) e).place().isLocality());
        boolean anyGazetteerSettlement = hit.entries().stream()
                .map(e -> ((Entry.PlaceName) e).place()).anyMatch(p -> !p.isLocality() && !p.isLearned());
        String cc = null;
        for (Entry e : hit.entries()) {
            Entry.PlaceName p = (Entry.PlaceName) e;
            if (p.demonym()) {
                return null;
            }
            if (anySettlement && p.place().isLocality()) {
                continue; // a well of the same name does not make a village's country doubtful
            }
            if (anyGazetteerSettlement && p.place().isLearned()) {
                continue; // nor does a village learned from ACLED's coding (Konna, Burkina Faso, against Mali's Konna)
            }
            String c = p.place().countryCode();
            if (!Gazetteer.isSahel(c) || (cc != null && !cc.equals(c))) {
                return null;
            }
            cc = c;
        }
        return cc;
    }

    /**
     * A parenthesis right after the name states admin units, none of them the reading's own admin1 or
     * admin2: "Sassambari (Kombori, Kossi)" is not the Sassambari of another region. The units are the
     * ADMIN1/ADMIN2 readings of the place hits inside it.
     */
    static boolean statedAdminsExclude(ArticleState state, FieldText f, Hit hit, Place place) {
        String text = f.original;
        int i = hit.span().end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        int close = f.indexOf(')', i);
        return close >= 0 && adminsBetweenExclude(state, f, i, close, null, place);
    }

    /**
     * The place hits of the field between two offsets, but {@code except}, have ADMIN1/ADMIN2 readings,
     * and none of them is named like the place's admin1 or admin2. Binary searches on the field's place
     * hits and on the hits that name each admin unit (a parenthesis may run on for pages).
     */
    private static boolean adminsBetweenExclude(ArticleState state, FieldText f, int open, int close, Hit except,
                                                Place place) {
        FieldHits hits = state.hits(f);
        int from = FieldHits.firstFromOffset(hits.places(), open + 1);
        int to = FieldHits.firstEndingAfterOffset(hits.places(), close);
        return hits.adminReadingAmong(from, to, except)
                && !adminNamedBetween(state, f, state.foldedKey(String.valueOf(place.admin1())), open, close, except)
                && !adminNamedBetween(state, f, state.foldedKey(String.valueOf(place.admin2())), open, close, except);
    }

    /** A place hit of the field other than {@code except}, between the two offsets, has an admin reading named {@code adminKey}. */
    private static boolean adminNamedBetween(ArticleState state, FieldText f, String adminKey, int open, int close,
                                             Hit except) {
        List<Hit> naming = state.mentionedAdminNames.getOrDefault(adminKey, List.of());
        // in text order: the title's hits, then the body's; a hit twice in a row when two of its readings have the name
        int field = state.fields.indexOf(f);
        int lo = 0;
        int hi = naming.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Hit h = naming.get(mid);
            int hField = state.fields.indexOf(h.field());
            if (hField < field || (hField == field && h.span().start() <= open)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < naming.size() && naming.get(i).field() == f; i++) {
            state.step();
            Hit h = naming.get(i);
            if (h.span().end() > close) {
                return false; // and so do all later ones
            }
            if (h != except) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SITUATING = Set.of("in", "near", "outside", "of", "pres", "dans", "de", "a");

    /** "the area of", "the vicinity of", "la zone de", "les environs de": the place named next is the one situating. */
    private static final Set<String> SURROUNDINGS = Set.of("area", "vicinity", "outskirts", "surroundings", "zone",
            "environs", "alentours", "secteur");

    /**
     * "the village of X in Y", "X near Y": when the words right after a village name situate it in
     * or near a town or region the article names, a reading of the village more than 150 km from
     * every reading of that town or region is another place of the same name.
     */
    boolean farFromTheTownItIsSaidToBeIn(ArticleState state, FieldText f, Hit hit, Place place) {
        if (place.latitude() == null || place.longitude() == null) {
            return false;
        }
        Hit where = situatingPlace(state, f, hit);
        if (where == null || !f.isCapitalised(where.first())) {
            return false;
        }
        boolean anyAnchor = false;
        boolean oneSpot = oneSpotOf(f, where).isPresent(); // a village with one reading situates as a town does
        for (Entry e : where.entries()) {
            Place p = ((Entry.PlaceName) e).place();
            boolean anchorKind = p.isMajorPlace() || p.kind() == RegionKind.ADMIN1 || p.kind() == RegionKind.ADMIN2
                    || oneSpot;
            if (!anchorKind || p.latitude() == null || p.longitude() == null || ((Entry.PlaceName) e).demonym()) {
                continue;
            }
            anyAnchor = true;
            boolean inThatRegion = (p.kind() == RegionKind.ADMIN1 && p.countryCode().equals(place.countryCode())
                        && state.foldedKey(p.name()).equals(state.foldedKey(String.valueOf(place.admin1()))))
                    || (p.kind() == RegionKind.ADMIN2 && p.countryCode().equals(place.countryCode())
                        && state.foldedKey(p.name()).equals(state.foldedKey(String.valueOf(place.admin2()))));
            if (inThatRegion) {
                return false; // "Tinzaouaten, in the Kidal region": 200 km from Kidal town, but in its region
            }
            if (Geo.distanceKm(place.latitude(), place.longitude(), p.latitude(), p.longitude()) <= 150) {
                return false;
            }
        }
        return anyAnchor;
    }

    /** The place hit the words right after a village name situate it in or near ("X in Y", "X in the area of Y"), or null. */
    private static Hit situatingPlace(ArticleState state, FieldText f, Hit hit) {
        int t = hit.end();
        for (int skipped = 0; skipped < 2 && t < f.tokens.count() && f.isCapitalised(t)
                && f.sentenceOf(t) == f.sentenceOf(hit.first()); skipped++) {
            t++; // the rest of the name: "Bella Beri in Ouallam"
        }
        if (f.token(t).equals("area") || f.token(t).equals("region")) {
            t++;
        }
        if (!SITUATING.contains(f.token(t))) {
            return null;
        }
        t++;
        if (f.token(t).equals("the") || f.token(t).equals("la") || f.token(t).equals("le") || f.token(t).equals("les")) {
            t++;
        }
        if (SURROUNDINGS.contains(f.token(t)) && (f.token(t + 1).equals("of") || f.token(t + 1).equals("de")
                || f.token(t + 1).equals("d"))) {
            t += 2; // "in the area of Monimpebougou", "dans les environs de Djibo"
        }
        return FieldHits.startingAt(state.hits(f).places(), t);
    }

    /** The name is written in capitals in running text: "MIA", "CMA". */
    static boolean isAcronym(FieldText f, Hit hit) {
        return Entry.isAcronym(hit.span().of(f.original)) && !f.isTitleCase();
    }

    /**
     * "(Banh, Loroum)": a place named inside a parenthesis that also names an admin1 or admin2 region
     * lies in that region; a reading elsewhere is another place of the same name.
     */
    static boolean outsideTheAdminsBesideIt(ArticleState state, FieldText f, Hit hit, Place place) {
        int[] parenthesis = enclosingParenthesis(f, hit);
        if (parenthesis == null) {
            return false;
        }
        return adminsBetweenExclude(state, f, parenthesis[0], parenthesis[1], hit, place);
    }

    /** The offsets of the '(' and ')' of a short parenthesis the name stands in ("(Coalla, Gnagna)"), or null. */
    static int[] enclosingParenthesis(FieldText f, Hit hit) {
        int open = f.lastIndexOf('(', hit.span().start());
        if (open < 0 || f.lastIndexOf(')', hit.span().start()) > open) {
            return null;
        }
        int close = f.indexOf(')', hit.span().end());
        return close >= 0 && close - open < 80 ? new int[] {open, close} : null;
    }

    /**
     * "Ti-n-Samane", "Bazi-Gourma", "Tin Elebag": a name joined by a hyphen to another word, or a
     * small place's name followed by a capitalised word that the dictionaries do not know, is part of
     * a longer name the gazetteer lacks, not the place "Ti", "Gourma" or "Tin".
     */
    static boolean partOfUnknownName(ArticleState state, FieldText f, Hit hit, Place place) {
        int endChar = hit.span().end();
        int startChar = hit.span().start();
        String text = f.original;
        boolean hyphenAfter = endChar + 1 < text.length() && text.charAt(endChar) == '-'
                && Character.isLetter(text.charAt(endChar + 1));
        boolean hyphenBefore = startChar >= 2 && text.charAt(startChar - 1) == '-'
                && Character.isLetter(text.charAt(startChar - 2));
        if (hyphenAfter && !hyphenBefore && place.isMajorPlace()) {
            return false; // "Bamako-Coura", "Gao-Château": a quarter of the city
        }
        if (hyphenAfter || hyphenBefore) {
            return true;
        }
        if (place.kind() == RegionKind.PLACE && !place.isMajorPlace() && !f.isTitleCase() && unknownNameBefore(state, f, hit)) {
            return true; // "Holle Hamani", "Feto Selba": not the village Hamani, not the camp Sélba
        }
        if (place.kind() != RegionKind.PLACE || place.isMajorPlace() || f.isTitleCase()
                || hit.end() >= f.tokens.count() || endChar + 1 >= text.length() || text.charAt(endChar) != ' '
                || !Character.isLetter(text.charAt(endChar + 1))
                || !f.isCapitalised(hit.end()) || f.sentenceOf(hit.end()) != f.sentenceOf(hit.first())) {
            return false;
        }
        String next = f.token(hit.end());
        if (Cue.GEOGRAPHIC_HEADS.contains(next) || Character.isDigit(next.isEmpty() ? 'x' : next.charAt(0))) {
            return false;
        }
        return !known(state, f, hit.end());
    }

    /** A place, actor or trigger phrase covers token {@code t}. */
    private static boolean known(ArticleState state, FieldText f, int t) {
        return state.hits(f).known(t);
    }

    /**
     * The word right before the name is a capitalised word, not the first of its sentence, that the
     * dictionaries do not know: the two are one name.
     */
    private static boolean unknownNameBefore(ArticleState state, FieldText f, Hit hit) {
        int before = hit.first() - 1;
        int startChar = hit.span().start();
        if (before < 0 || f.sentenceOf(before) != f.sentenceOf(hit.first()) || !f.isCapitalised(before)
                || startChar < 2 || f.original.charAt(startChar - 1) != ' '
                || !Character.isLetter(f.original.charAt(startChar - 2))) {
            return false;
        }
        int sentenceStart = f.sentenceTokens(f.sentenceOf(before))[0];
        if (before == sentenceStart || Cue.GEOGRAPHIC_HEADS.contains(f.token(before))) {
            return false;
        }
        return !known(state, f, before);
    }

    /**
     * "Chad Smith": a place name that is also a first name, followed by a capitalised word and not
     * preceded by a locative, is a person (not in a title-case headline, where every word is capitalised).
     */
    boolean isPersonsName(FieldText f, Hit hit, String key) {
        if (!dict.firstNames.contains(key) || hit.end() >= f.tokens.count() || f.isTitleCase()) {
            return false;
        }
        boolean nextCapitalised = f.isCapitalised(hit.end())
                && f.original.charAt(hit.span().end()) == ' ';
        return nextCapitalised && !Cue.locativeBefore(f, hit.first());
    }

    /** A name is written with a capital somewhere: "Gao", "le fleuve Niger", not "say". */
    static boolean anyCapitalised(FieldText f, Hit hit) {
        for (int t = hit.first(); t < hit.end(); t++) {
            if (f.isCapitalised(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isRiver(FieldText f, Hit hit) {
        String next = f.token(hit.end());
        String before = f.token(hit.first() - 1);
        return next.equals("river") || next.equals("valley") || next.equals("delta") || next.equals("basin")
                || before.equals("river") || before.equals("fleuve") || before.equals("riviere")
                || (before.equals("the") && next.equals("river"));
    }

    private static final Set<String> BORDER_LINKS = Set.of("with", "of", "avec", "le", "la", "l", "du", "de", "the", "des");
    private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "frontiere", "frontieres");

    /**
     * "near the border with Burkina Faso", "close to the Malian border", "the Niger border", "à la
     * frontière avec le Burkina", "près de la frontière malienne": the country is where the border
     * leads, not where the event happened.
     */
    static boolean namesABorder(FieldText f, Hit hit) {
        int before = hit.first() - 1;
        int sentence = f.sentenceOf(hit.first());
        for (int t = before; t >= Math.max(0, before - 3) && f.sentenceOf(t) == sentence; t--) {
            String w = f.token(t);
            if (BORDER_WORDS.contains(w)) {
                return true; // "border with (the) X", "frontière avec le X", "frontière du X", "frontière malienne"
            }
            if (!BORDER_LINKS.contains(w)) {
                break;
            }
        }
        String after = f.token(hit.end());
        return BORDER_WORDS.contains(after); // "the Malian border", "the Burkina Faso border"
    }
}
