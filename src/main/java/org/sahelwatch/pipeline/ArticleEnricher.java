package org.sahelwatch.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingTooSlowException;

/**
 * Tags each new article. A failure of the tagger on one article becomes a PROCESSING_ERROR dead
 * letter (with the article's bytes) instead of stopping the stream thread; an article the tagger gave
 * up because it took longer than its budget ({@code tagging.max.millis}) a TAGGING_TOO_SLOW one, so
 * that no article holds the thread and its partition.
 */
final class ArticleEnricher implements FixedKeyProcessor<String, RawArticle, Outcome<EnrichedArticle>> {

    private final Tagger tagger;
    private final Clock clock;
    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
    private FixedKeyProcessorContext<String, Outcome<EnrichedArticle>> context;
    private DeadLetters deadLetters;
    private Sensor tagged;

    ArticleEnricher(Tagger tagger, Clock clock) {
        this.tagger = tagger;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome<EnrichedArticle>> context) {
        this.context = context;
        this.deadLetters = new DeadLetters(context);
        this.tagged = context.metrics().addRateTotalSensor(PipelineNames.METRICS_SCOPE, "enrich",
                "articles-tagged", Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        Outcome<EnrichedArticle> outcome;
        try {
            outcome = Outcome.ok(tagger.tag(record.value(), clock.instant()));
            tagged.record();
        } catch (TaggingTooSlowException e) {
            RawArticle article = record.value();
            outcome = deadLetter(record, DeadLetters.TAGGING_TOO_SLOW, e, "tagging article " + article.getId()
                    + " (" + article.getBody().length() + " characters) took too long: " + e.getMessage()
                    + "; it was given up so that the next articles are not held back. Raise tagging.max.millis"
                    + " if articles that long must pass, or report it with this record (it keeps the article's bytes)");
        } catch (RuntimeException e) {
            outcome = deadLetter(record, DeadLetters.PROCESSING_ERROR, e, "tagging article " + record.value().getId()
                    + " failed: " + e + "; the article is kept here with its bytes — report it with this record");
        }
        context.forward(record.withValue(outcome));
    }

    private Outcome<EnrichedArticle> deadLetter(FixedKeyRecord<String, RawArticle> record, String reason,
                                                RuntimeException e, String message) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        return Outcome.failed(deadLetters.create(reason, e, message, key, serde.encode(record.value()),
                record.timestamp(), record.headers()));
    }
}
