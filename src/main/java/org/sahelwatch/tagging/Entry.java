package org.sahelwatch.tagging;

import org.sahelwatch.events.EventRule;

/** What a dictionary phrase means; one phrase can carry several entries. */
sealed interface Entry {

    /** Whether the phrase must appear in capitals (an acronym such as CMA or IED). */
    boolean caseSensitive();

    /** A name, alias or demonym of a gazetteer place. */
    record PlaceName(Place place, boolean demonym, boolean primaryName, boolean caseSensitive) implements Entry { }

    /** An alias of a named actor. */
    record ActorName(Actor actor, boolean caseSensitive) implements Entry { }

    /** A phrase naming an actor by kind ("soldiers", "gunmen"). */
    /**
     * A generic actor phrase; {@code group} names the kind of civilians ("Herders", "Women") or the
     * ethnic group ("Fulani") that ACLED codes as an associated actor, empty when none.
     */
    /** {@code home}: for a people, the one country it lives in almost entirely ("ML" for the Dogon), else empty. */
    record GenericActor(GenericRole role, String phrase, boolean caseSensitive, String group, String home)
            implements Entry { }

    /** A trigger phrase of an event rule; {@code order} is the rule's position in the file. */
    record Trigger(EventRule rule, int order, boolean caseSensitive) implements Entry { }

    /** A context phrase of an event rule. */
    record Context(EventRule rule, boolean caseSensitive) implements Entry { }

    /** A phrase that contains a place name but is not a place (a newspaper, a club). */
    record NonPlace(String phrase) implements Entry {
        @Override
        public boolean caseSensitive() {
            return false;
        }
    }

    /** Roles of generic actors, resolved against the country in context. */
    enum GenericRole { STATE, POLICE, GENDARMERIE, UNIDENTIFIED, ISLAMIST, CIVILIANS, PROTESTERS, RIOTERS, ETHNIC, PEACEKEEPERS }

    /** An alias is an acronym, to be matched in capitals only, when all its letters are capitals. */
    static boolean isAcronym(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
