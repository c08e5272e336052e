package org.sahelwatch.pipeline;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.kafka.MalformedValueException;

/**
 * First stage: decodes the raw bytes and checks the article. Undecodable bytes (among them a
 * declared length beyond the record), invalid UTF-8, bytes after the record, a missing id, source,
 * title or body, or a body over the size limit become a dead letter carrying the original bytes;
 * the stream goes on.
 */
final class ArticleValidator implements Processor<byte[], byte[], byte[], Outcome<RawArticle>> {

    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
    private final int maxBodyChars;
    private ProcessorContext<byte[], Outcome<RawArticle>> context;
    private DeadLetters deadLetters;

    ArticleValidator(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    @Override
    public void init(ProcessorContext<byte[], Outcome<RawArticle>> context) {
        this.context = context;
        this.deadLetters = new DeadLetters(context);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        context.forward(record.withValue(validate(record)));
    }

    private Outcome<RawArticle> validate(Record<byte[], byte[]> record) {
        byte[] bytes = record.value();
        if (bytes == null) {
            return reject(record, DeadLetters.UNDECODABLE, null,
                    "the record has no value (a tombstone); crawlers must send a RawArticle");
        }
        RawArticle article;
        try {
            article = serde.decode(bytes);
        } catch (MalformedValueException e) {
            return reject(record, reason(e.defect()), e, e.getMessage());
        }
        if (isBlank(article.getId())) {
            return reject(record, DeadLetters.MISSING_ID, null,
                    "RawArticle.id is empty; give each article a stable id (ingest derives one from the URL)");
        }
        if (isBlank(article.getSource())) {
            return reject(record, DeadLetters.MISSING_SOURCE, null,
                    "article " + article.getId() + " has an empty source; name the outlet (e.g. France 24)");
        }
        if (isBlank(article.getTitle())) {
            return reject(record, DeadLetters.MISSING_TITLE, null,
                    "article " + article.getId() + " has an empty title; send the headline in RawArticle.title");
        }
        if (isBlank(article.getBody())) {
            return reject(record, DeadLetters.MISSING_BODY, null,
                    "article " + article.getId() + " has an empty body; send the article text in RawArticle.body");
        }
        if (article.getBody().length() > maxBodyChars) {
            return reject(record, DeadLetters.BODY_TOO_LARGE, null, "article " + article.getId() + " has a body of "
                    + article.getBody().length() + " characters, over validate.max.body.chars=" + maxBodyChars
                    + "; send the article text only, or raise the limit");
        }
        return Outcome.ok(article);
    }

    private Outcome<RawArticle> reject(Record<byte[], byte[]> record, String reason, Throwable error, String message) {
        return Outcome.failed(deadLetters.create(reason, error, message, record.key(), record.value(),
                record.timestamp(), record.headers()));
    }

    private static String reason(MalformedValueException.Defect defect) {
        return switch (defect) {
            case UNDECODABLE -> DeadLetters.UNDECODABLE;
            case INVALID_UTF8 -> DeadLetters.INVALID_UTF8;
            case TRAILING_BYTES -> DeadLetters.TRAILING_BYTES;
        };
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
