/**
 * Tagging: the gazetteer, the actor dictionary and the event rules compiled into one immutable
 * {@link org.sahelwatch.tagging.DictionaryMatcher}, and the {@link org.sahelwatch.tagging.Tagger}
 * that turns a raw article into an enriched one (regions, actors, events, fatalities, focus) by
 * running its stages in order on one {@link org.sahelwatch.tagging.ArticleState} per article:
 * dictionary hits, places, actors, event sentences and their typing, events, implied parties,
 * fatalities, focus. Built once at start-up and shared by every stream thread; no Kafka, no I/O
 * after loading.
 */
package org.sahelwatch.tagging;
