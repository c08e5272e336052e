package org.sahelwatch.learn;

/**
 * One labelled training or test text.
 *
 * @param id       where it comes from (an ACLED event id, a news item id)
 * @param text     the text the model reads (a cleaned note, a sentence, a headline)
 * @param language ISO 639-1 ("en", "fr")
 * @param label    a sub-event type or {@link EventLabels#NONE}
 * @param group    examples of one group always fall in one cross-validation fold (the same note
 *                 told twice, one event's translations)
 * @param year     the year it was published (sentences that date what they tell years back are background)
 * @param headline read as a headline (an article's title), not as body text
 */
public record Example(String id, String text, String language, String label, String group, int year, boolean headline) {
}
