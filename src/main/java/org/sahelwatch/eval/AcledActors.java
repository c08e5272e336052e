package org.sahelwatch.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.avro.ActorTag;
import org.sahelwatch.tagging.Actor;
import org.sahelwatch.tagging.ActorDictionary;
import org.sahelwatch.text.TextNormalizer;

/** ACLED's actor coding (names and inter codes) compared with the tagger's actors. */
public final class AcledActors {

    /** ACLED's inter codes 1–8, and the names newer exports write instead of the digits. */
    private static final Map<String, ActorCategory> BY_CODE = Map.ofEntries(
            Map.entry("1", ActorCategory.STATE_FORCES), Map.entry("state forces", ActorCategory.STATE_FORCES),
            Map.entry("2", ActorCategory.REBEL_GROUP), Map.entry("rebel group", ActorCategory.REBEL_GROUP),
            Map.entry("3", ActorCategory.POLITICAL_MILITIA), Map.entry("political militia", ActorCategory.POLITICAL_MILITIA),
            Map.entry("4", ActorCategory.IDENTITY_MILITIA), Map.entry("identity militia", ActorCategory.IDENTITY_MILITIA),
            Map.entry("5", ActorCategory.RIOTERS), Map.entry("rioters", ActorCategory.RIOTERS),
            Map.entry("6", ActorCategory.PROTESTERS), Map.entry("protesters", ActorCategory.PROTESTERS),
            Map.entry("7", ActorCategory.CIVILIANS), Map.entry("civilians", ActorCategory.CIVILIANS),
            Map.entry("8", ActorCategory.EXTERNAL_FORCES), Map.entry("external/other forces", ActorCategory.EXTERNAL_FORCES));

    private AcledActors() {
    }

    /** The category of an inter code ("2", "2.0" or "Rebel group"); empty for 0, blank or unknown. */
    public static Optional<ActorCategory> category(String inter) {
        if (inter == null) {
            return Optional.empty();
        }
        String code = inter.strip().toLowerCase(Locale.ROOT);
        if (code.endsWith(".0")) {
            code = code.substring(0, code.length() - 2);
        }
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The categories of a row's inter codes. */
    public static Set<ActorCategory> categories(String... inters) {
        Set<ActorCategory> set = EnumSet.noneOf(ActorCategory.class);
        for (String inter : inters) {
            category(inter).ifPresent(set::add);
        }
        return set;
    }

    /**
     * The article's actors without those that are only ever associated actors of its events
     * (EventTag.associatedActorIds): ACLED's inter1/inter2 give the categories of actor1 and actor2,
     * and an associated actor has no inter code of its own.
     */
    public static List<ActorTag> parties(org.sahelwatch.avro.EnrichedArticle e) {
        Set<String> associated = new java.util.HashSet<>();
        Set<String> primary = new java.util.HashSet<>();
        for (org.sahelwatch.avro.EventTag event : e.getEvents()) {
            for (String id : event.getActorIds()) {
                (event.getAssociatedActorIds().contains(id) ? associated : primary).add(id);
            }
        }
        associated.removeAll(primary);
        return e.getActors().stream().filter(a -> !associated.contains(a.getActorId())).toList();
    }

    /** The categories of the tagger's actors, without OTHER (persons and bodies ACLED does not code). */
    public static Set<ActorCategory> predictedCategories(Collection<ActorTag> actors) {
        Set<ActorCategory> set = EnumSet.noneOf(ActorCategory.class);
        for (ActorTag a : actors) {
            if (a.getCategory() != ActorCategory.OTHER) {
                set.add(a.getCategory());
            }
        }
        return set;
    }

    /** The non-empty names of actor1, assoc_actor_1, actor2, assoc_actor_2 (associated actors split on ';'). */
    public static List<String> goldNames(AcledRow row) {
        List<String> names = new ArrayList<>();
        addNames(names, row.get(AcledCsv.ACTOR1), false);
        addNames(names, row.get(AcledCsv.ASSOC_ACTOR_1), true);
        addNames(names, row.get(AcledCsv.ACTOR2), false);
        addNames(names, row.get(AcledCsv.ASSOC_ACTOR_2), true);
        return names;
    }

    private static void addNames(List<String> names, String value, boolean split) {
        for (String name : split ? value.split(";") : new String[] {value}) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
    }

    /**
     * Whether a gold ACLED actor name is recalled by one of the predicted actors:
     * <ol>
     *   <li>an ACLED name of the predicted actor's dictionary entry equals it (folded);</li>
     *   <li>or their parts before ':' or '(' are equal, so "Military Forces of Mali (2013-2020)"
     *       matches "Military Forces of Mali (2021-)" and "JNIM: …" matches "JNIM: …";</li>
     *   <li>or the predicted actor's own name equals it, also when ACLED writes the acronym first
     *       ("CADDL: Coalition of Housing Rights Associations" is "Coalition of … Associations (CADDL)", an
     *       organisation the tagger read from the text), or (generic actors such as "Civilians (Mali)",
     *       "Unidentified Armed Group (Mali)", "Protesters (Niger)"), a label ACLED has since renamed being
     *       read under its current name ("Herders (Mali)" of exports up to 2019 is "Pastoralists (Mali)").</li>
     * </ol>
     * ACLED's joint attribution "A and/or B" is recalled when A or B is.
     */
    public static boolean recalled(String gold, Collection<ActorTag> predicted, ActorDictionary dictionary) {
        for (String alternative : gold.split("\\s+and/or\\s+")) {
            if (recalledExactly(alternative, predicted, dictionary)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Generic associated-actor labels ACLED renamed between exports, former → current, folded. Fulani victims
     * of the same kind of attack are "Herders (Mali)" in exports up to 2019 and "Pastoralists (Mali)" in
     * exports from 2020; the tagger writes the current label.
     */
    private static final Map<String, String> RENAMED_LABELS = Map.of("herders", "pastoralists");

    /** A generic label under its current name: "Herders (Mali)" → "pastoralists (mali)" (folded). */
    static String currentLabel(String name) {
        String folded = fold(name);
        for (Map.Entry<String, String> e : RENAMED_LABELS.entrySet()) {
            if (folded.startsWith(e.getKey() + " (") || folded.equals(e.getKey())) {
                return e.getValue() + folded.substring(e.getKey().length());
            }
        }
        return folded;
    }

    private static boolean recalledExactly(String gold, Collection<ActorTag> predicted, ActorDictionary dictionary) {
        String g = currentLabel(gold);
        String gBase = base(gold);
        if (g.isEmpty()) {
            return false;
        }
        String gNamed = nameThenAcronym(gold);
        for (ActorTag tag : predicted) {
            if (currentLabel(tag.getName()).equals(g) || fold(tag.getName()).equals(gNamed)) {
                return true;
            }
            Optional<Actor> entry = dictionary.byId(tag.getActorId());
            if (entry.isEmpty()) {
                continue;
            }
            for (String acled : entry.get().acledNames()) {
                if (fold(acled).equals(g) || (!gBase.isEmpty() && base(acled).equals(gBase)
                        && sameOrUnsaidCountry(acled, gold))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * ACLED's "CADDL: Coalition of Housing Rights Associations" written the tagger's way, "Coalition of Housing
     * Rights Associations (CADDL)", folded; empty when the name has no acronym before a colon.
     */
    static String nameThenAcronym(String name) {
        int colon = name.indexOf(':');
        if (colon <= 0 || colon == name.length() - 1) {
            return "";
        }
        return fold(name.substring(colon + 1).strip() + " (" + name.substring(0, colon).strip() + ")");
    }

    /** An era in an ACLED label: "(2013-2020)", "(2021-)". */
    private static final java.util.regex.Pattern ERA = java.util.regex.Pattern.compile("\\(\\s*\\d{4}\\s*-\\s*(\\d{4})?\\s*\\)");

    /** The folded text of a label's first parenthesis that is not an era ("Civilians (Mali)" → "mali"); "" when none. */
    static String qualifier(String name) {
        String s = ERA.matcher(name).replaceAll(" ");
        int open = s.indexOf('(');
        int close = open < 0 ? -1 : s.indexOf(')', open);
        return close < 0 ? "" : fold(s.substring(open + 1, close));
    }

    /**
     * Two labels of one base name are one actor unless each names its country and the countries differ: an
     * actor of Mali's civilians is not ACLED's "Civilians (Niger)".
     */
    private static boolean sameOrUnsaidCountry(String a, String b) {
        String qa = qualifier(a);
        String qb = qualifier(b);
        return qa.isEmpty() || qb.isEmpty() || qa.equals(qb);
    }

    /** The folded part before the first ':' or '('. */
    static String base(String name) {
        int cut = name.length();
        int colon = name.indexOf(':');
        int paren = name.indexOf('(');
        if (colon >= 0) {
            cut = Math.min(cut, colon);
        }
        if (paren >= 0) {
            cut = Math.min(cut, paren);
        }
        return fold(name.substring(0, cut));
    }

    static String fold(String s) {
        return TextNormalizer.foldPhrase(s).replaceAll("[\\s\\-]+", " ").strip();
    }
}
