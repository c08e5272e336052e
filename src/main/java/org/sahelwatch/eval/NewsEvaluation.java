package org.sahelwatch.eval;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.EventTag;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.learn.Confusion;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.learn.Example;
import org.sahelwatch.tagging.Tagger;

/**
 * Scores the tagger on labelled news headlines and sentences (the held-apart test set of
 * {@code config/eval/news-test.tsv}): each item is tagged as an article of its own (a headline as the
 * title, a sentence as the body) and its first event compared with the label. Per language: how many
 * event items raise an event, their event type and sub-event type accuracy, and how many "no event"
 * items raise no violent event (battles, explosions, violence against civilians) and no event at all.
 */
public final class NewsEvaluation {

    /** The figures of one language. */
    public static final class Part {
        public final Confusion types = new Confusion();
        public final Confusion subTypes = new Confusion();
        int events;
        int eventsFound;
        int none;
        int noneWithoutViolentEvent;
        int noneWithoutEvent;

        public double detection() {
            return ratio(eventsFound, events);
        }

        public double noViolentEventOnNone() {
            return ratio(noneWithoutViolentEvent, none);
        }

        public double noEventOnNone() {
            return ratio(noneWithoutEvent, none);
        }

        /** Sub-event accuracy over the event items (an item with no event found counts as wrong). */
        public double subEventAccuracy() {
            return subTypes.accuracy();
        }
    }

    private NewsEvaluation() {
    }

    public static Map<String, Part> run(Tagger tagger, List<Example> items, Instant processedAt) {
        Map<String, Part> parts = new TreeMap<>();
        for (Example item : items) {
            RawArticle article = RawArticle.newBuilder().setId(item.id()).setSource("news-test")
                    .setTitle(item.headline() ? item.text() : "").setBody(item.headline() ? "" : item.text())
                    .setLanguage(item.language()).setPublishedAt(Instant.parse(item.year() + "-06-01T12:00:00Z")).build();
            EnrichedArticle e = tagger.tag(article, processedAt);
            EventTag first = e.getEvents().isEmpty() ? null : e.getEvents().get(0);
            Part part = parts.computeIfAbsent(item.language(), l -> new Part());
            if (item.label().equals(EventLabels.NONE)) {
                part.none++;
                if (e.getEvents().isEmpty()) {
                    part.noneWithoutEvent++;
                }
                if (e.getEvents().stream().noneMatch(ev -> EventLabels.isViolent(ev.getEventType()))) {
                    part.noneWithoutViolentEvent++;
                }
                continue;
            }
            part.events++;
            if (first != null) {
                part.eventsFound++;
            }
            String truthType = EventLabels.eventTypeOf(item.label()).orElseThrow().name();
            part.types.add(truthType, first == null ? EventLabels.NONE : first.getEventType().name());
            part.subTypes.add(item.label(), first == null ? EventLabels.NONE : first.getSubEventType());
        }
        return parts;
    }

    /** The summary per language, then per-class figures and the event-type confusion of each. */
    public static String report(Map<String, Part> parts, boolean perClass) {
        StringBuilder out = new StringBuilder("News-style test set\n");
        parts.forEach((lang, p) -> out.append(String.format(Locale.ROOT,
                "%-3s event found %.3f (%d/%d); event type %.3f; sub-event type %.3f (macro-F1 %.3f);"
                        + " no violent event on 'none' items %.3f (%d/%d), no event at all %.3f%n",
                lang, p.detection(), p.eventsFound, p.events, p.types.accuracy(), p.subEventAccuracy(),
                p.subTypes.macroF1(), p.noViolentEventOnNone(), p.noneWithoutViolentEvent, p.none, p.noEventOnNone())));
        if (perClass) {
            parts.forEach((lang, p) -> out.append("\n").append(lang).append(": event types\n")
                    .append(p.types.perClassTable("  ")).append(p.types.matrix("  "))
                    .append(lang).append(": sub-event types\n").append(p.subTypes.perClassTable("  ")));
        }
        return out.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
