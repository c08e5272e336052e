package org.sahelwatch.tagging;

import java.util.Set;
import org.sahelwatch.avro.ActorCategory;
import org.sahelwatch.events.EventRule.ObjectKind;

/**
 * What an event trigger acts on: the words after an active trigger ("killed three herders",
 * "attacked the village of …", "seized livestock") or before a passive one ("four soldiers were
 * killed"). The first word of a known kind decides: civilians (people, herders, a mayor, a village),
 * armed parties (soldiers, militants, a military post) or property (livestock, vehicles, goods).
 */
final class EventObject {

    private static final int WINDOW = 7;

    static final Set<String> CIVILIAN = Set.of("civilian", "civilians", "people", "person", "persons", "man",
            "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls", "youth", "youths",
            "herder", "herders", "herdsman", "herdsmen", "farmer", "farmers", "trader", "traders", "merchant",
            "merchants", "driver", "drivers", "passenger", "passengers", "villager", "villagers", "village",
            "villages", "hamlet", "hamlets", "resident", "residents", "inhabitants", "worshippers", "marketgoers",
            "mayor", "councillor", "councilman", "councilor", "chief", "imam", "teacher", "teachers", "student",
            "students", "worker", "workers", "miner", "miners", "individual", "individuals", "national",
            "community", "family", "families", "pastoralist", "pastoralists", "shepherd", "shepherds",
            "traveller", "travellers", "traveler", "travelers", "elderly", "notable", "official", "officials",
            "displaced", "refugees", "encampment", "encampments", "camp", "market", "civil", "civils", "villageois",
            "habitants", "femme", "femmes", "enfant", "enfants", "personne", "personnes", "eleveur", "eleveurs",
            "commercant", "commercants", "chauffeur", "maire", "conseiller", "chef", "fideles", "orpailleurs",
            "cultivateurs", "cultivateur", "berger", "bergers", "passagers", "deplaces", "hameau", "civile", "civiles",
            "homme", "hommes", "jeune", "jeunes", "fille", "filles", "garcon", "garcons", "eleve", "eleves",
            "etudiant", "etudiants", "enseignant", "enseignants", "travailleurs", "ouvriers", "communaute", "famille",
            "familles", "notables", "voyageurs", "passager", "campement", "campements", "marche",
            "ressortissant", "ressortissants", "foule", "cortege", "chauffeurs", "conseillers");
    /** Ethnic or national names: victims unless an armed word follows ("Fulani militiamen"). */
    static final Set<String> PEOPLES = Set.of("fulani", "peul", "peuls", "peulh", "peulhs", "dogon", "dogons",
            "tuareg", "tuaregs", "touareg", "touaregs", "bambara", "bambaras", "songhai", "songhay", "arab", "arabs",
            "mossi", "bozo", "bozos", "daoussahak", "haoussa", "hausa", "kanuri", "american", "french", "guinean");
    static final Set<String> ARMED = Set.of("soldier", "soldiers", "troops", "troop", "militant", "militants",
            "jihadist", "jihadists", "fighter", "fighters", "vdp", "militiamen", "militiaman", "militia", "militias",
            "gunmen", "gunman", "assailants", "attackers", "army", "forces", "force", "police", "policemen",
            "policeman", "gendarmes", "gendarme", "gendarmerie", "guards", "guard", "bandits", "rebels", "rebel",
            "insurgents", "terrorists", "military", "positions", "position", "post", "outpost", "base", "barracks",
            "checkpoint", "convoy", "patrol", "officer", "officers", "combatants", "peacekeepers", "sentinel",
            "dozo", "dozos", "koglweogo", "soldats", "soldat", "militaires", "militaire", "terroristes", "jihadistes",
            "combattants", "assaillants", "policiers", "brigade", "detachment",
            "unit", "units", "volunteers", "hunters", "chasseurs", "elements", "cadre", "commander", "leader",
            "armee", "poste", "postes", "convoi", "patrouille", "caserne", "garde", "gardes", "douaniers", "milices",
            "miliciens", "milicien", "jihadiste", "terroriste", "rebelles", "rebelle", "combattant", "unite",
            "unites", "detachement", "volontaires");
    static final Set<String> PROPERTY = Set.of("livestock", "cattle", "cows", "flock", "flocks", "herd", "herds",
            "goats", "sheep", "rams", "camel", "camels", "animals", "vehicle", "vehicles", "truck", "trucks", "car",
            "cars", "motorbike", "motorbikes", "motorcycle", "motorcycles", "cart", "carts", "goods", "food",
            "money", "cash", "weapons", "arms", "ammunition", "equipment", "fuel", "phones", "shops", "granaries",
            "property", "belongings", "betail", "vehicules", "vehicule", "motos", "moto", "armes", "munitions",
            "marchandises", "vivres", "troupeau", "troupeaux", "animaux", "bovins", "materiel", "charrette",
            "charrettes", "chameau", "chameaux", "belier", "beliers", "moutons", "chevres", "boeufs", "vaches",
            "velos", "boutiques", "magasins", "greniers", "telephones", "argent", "carburant", "voiture", "voitures",
            "camion", "camions", "biens", "recoltes", "cereales");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "are", "is", "being", "ete");

    /** "blessé par balle", "tué par arme blanche": "par" names the means, not the agent. */
    private static final Set<String> MEANS = Set.of("balle", "balles", "arme", "armes", "tirs", "coups");

    /** The word at {@code t} introduces the agent of a passive verb: "by", or "par" not followed by a means. */
    static boolean agentFollows(FieldText f, int t) {
        return f.token(t).equals("by") || (f.token(t).equals("par") && !MEANS.contains(f.token(t + 1)));
    }

    /** Words a passive verb may put between itself and its agent: "attacked on Sunday by", "attaqué dimanche par". */
    private static final int AGENT_GAP = 3;

    /**
     * The token of the "by" or "par" that introduces the agent of the verb spanning {@code [first, end)}: right
     * after the verb, or a few words later when a passive auxiliary precedes the verb ("a été attaqué dimanche par
     * des militants du JNIM"); -1 when the verb has no agent phrase.
     */
    static int agentWordAfter(FieldText f, int first, int end, int sentenceStart, int sentenceEnd) {
        if (end < sentenceEnd && agentFollows(f, end)) {
            return end;
        }
        if (first <= sentenceStart || !PASSIVE_AUX.contains(f.token(first - 1))) {
            return -1;
        }
        for (int t = end + 1; t < Math.min(sentenceEnd, end + AGENT_GAP); t++) {
            if (agentFollows(f, t)) {
                return t;
            }
        }
        return -1;
    }

    /** Places that are civilian unless a French complement names their armed owner. */
    private static final Set<String> PLACES_OF_EITHER = Set.of("camp", "camps");

    private static final Set<String> COMPLEMENT_WORDS = Set.of("de", "du", "des", "d", "l", "la", "le", "les");

    /** "de l'armée malienne", "militaire", "des FAMa": the words after a place name its armed owner. */
    private static boolean armedComplement(FieldText f, int from, int sentenceEnd) {
        int t = from;
        if (t < sentenceEnd && (f.token(t).equals("militaire") || f.token(t).equals("militaires"))) {
            return true;
        }
        boolean joined = false;
        while (t < sentenceEnd && COMPLEMENT_WORDS.contains(f.token(t))) {
            t++;
            joined = true;
        }
        return joined && t < sentenceEnd && ARMED.contains(f.token(t));
    }

    private EventObject() {
    }

    /** The kind of the trigger's object, from the words and actor mentions around it. */
    static ObjectKind of(FieldText f, int sentence, int first, int end, IndexedMentions<ActorMention> mentions) {
        f.step();
        int[] range = f.sentenceTokens(sentence);
        boolean passive = (first > range[0] && PASSIVE_AUX.contains(f.token(first - 1)))
                || (end < range[1] && agentFollows(f, end));
        for (int t = first; t < end && !passive; t++) {
            passive = PASSIVE_AUX.contains(f.token(t)); // "were killed", "ont été tués"
        }
        if (passive) {
            int stop = Math.max(range[0], first - WINDOW);
            for (int t = first - 1; t >= stop; t--) {
                ObjectKind kind = kindAt(f, t, range[1], mentions, sentence);
                if (kind != ObjectKind.NONE) {
                    return kind;
                }
            }
            return ObjectKind.NONE;
        }
        int stop = Math.min(range[1], end + WINDOW);
        for (int t = end; t < stop; t++) {
            ObjectKind kind = kindAt(f, t, range[1], mentions, sentence);
            if (kind != ObjectKind.NONE) {
                return kind;
            }
        }
        return ObjectKind.NONE;
    }

    private static ObjectKind kindAt(FieldText f, int t, int sentenceEnd, IndexedMentions<ActorMention> mentions,
                                     int sentence) {
        for (ActorMention m : mentions.at(f, t)) {
            f.step();
            if (m.sentence() == sentence && m.category() != ActorCategory.OTHER) {
                return m.category() == ActorCategory.CIVILIANS ? ObjectKind.CIVILIAN
                        : m.category() == ActorCategory.PROTESTERS || m.category() == ActorCategory.OTHER
                        ? ObjectKind.NONE : ObjectKind.ARMED;
            }
        }
        String word = f.token(t);
        if (ARMED.contains(word)) {
            return ObjectKind.ARMED;
        }
        if (PLACES_OF_EITHER.contains(word) && armedComplement(f, t + 1, sentenceEnd)) {
            return ObjectKind.ARMED; // "un camp de l'armée", "le camp de la garde nationale", "camp militaire"
        }
        if (PROPERTY.contains(word)) {
            // "a cattle trader", "a truck driver": the property word qualifies a person
            return CIVILIAN.contains(f.token(t + 1)) ? ObjectKind.CIVILIAN : ObjectKind.PROPERTY;
        }
        if (PEOPLES.contains(word)) {
            for (int u = t + 1; u < Math.min(sentenceEnd, t + 3); u++) {
                if (ARMED.contains(f.token(u))) {
                    return ObjectKind.ARMED;
                }
            }
            return ObjectKind.CIVILIAN;
        }
        return CIVILIAN.contains(word) ? ObjectKind.CIVILIAN : ObjectKind.NONE;
    }
}
