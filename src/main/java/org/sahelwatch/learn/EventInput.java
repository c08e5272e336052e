package org.sahelwatch.learn;

import java.util.List;

/**
 * What the event model reads of one sentence (or one note): its text with the tagger's actor and
 * place mentions replaced by class tokens ("JNIM militants attacked Djibo" reads
 * "xrebelgroupx militants attacked xplacex"), so that what is learnt about one group or town carries
 * to the others, and named features from the dictionaries (the categories of the actors in it, the
 * first and second actor's category, the trigger rules that match in it).
 *
 * @param text  the masked text
 * @param named the named features, each counted once
 */
public record EventInput(String text, List<String> named) {

    public EventInput {
        named = List.copyOf(named);
    }
}
