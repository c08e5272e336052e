package org.sahelwatch.tagging;

import org.sahelwatch.avro.ActorCategory;

/** A resolved actor mention: where it starts (field, sentence, token), which actor, of which category. */
record ActorMention(FieldText field, int sentence, int token, String actorId, ActorCategory category) implements IndexedMentions.Located { }
