/**
 * Events: the trigger rules of {@code config/events.tsv} (ACLED's event and sub-event types),
 * fatality counts read from the text, and the severity rules that rank an alert for a desk.
 * Plain Java; the {@link org.sahelwatch.tagging.Tagger} calls them.
 */
package org.sahelwatch.events;
