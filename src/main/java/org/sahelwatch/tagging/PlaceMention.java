package org.sahelwatch.tagging;

/** A resolved place mention: where it starts (field, sentence, token) and which place. */
record PlaceMention(FieldText field, int sentence, int token, String placeId) implements IndexedMentions.Located { }
