package org.sahelwatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.sahelwatch.kafka.AvroSerde;

/** Raw-article values whose header is right and whose first field lies about its length. */
public final class PoisonRecords {

    private PoisonRecords() {
    }

    /**
     * {@code C3 01}, RawArticle's fingerprint, the id's string length {@code length}, then "abc": with
     * 2^31−9, the 18-byte record of issue 12.
     */
    public static byte[] rawArticleDeclaringAnIdOf(long length) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(AvroSerde.rawArticle().encode(Articles.anArticle().build()), 0, 10);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            encoder.writeLong(length);
            encoder.flush();
            out.write("abc".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
