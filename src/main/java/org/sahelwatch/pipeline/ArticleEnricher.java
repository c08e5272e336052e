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

/**
 * Tags each new article. A failure of the tagger on one article becomes a PROCESSING_ERROR dead
 * letter (with the article's bytes) instead of stopping the stream thread.
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
        } catch (RuntimeException e) {
            byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
            outcome = Outcome.failed(deadLetters.create(DeadLetters.PROCESSING_ERROR, e,
                    "tagging article " + record.value().getId() + " failed: " + e
                            + "; the article is kept here with its bytes — report it with this record",
                    key, serde.encode(record.value()), record.timestamp(), record.headers()));
        }
        context.forward(record.withValue(outcome));
    }
}
