package org.sahelwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahelwatch.Articles.anArticle;
import static org.sahelwatch.PoisonRecords.rawArticleDeclaringAnIdOf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelwatch.Articles;
import org.sahelwatch.TestTagger;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;

/** The wire format and the checks that run before anything is decoded. */
class AvroSerdeTest {

    private final AvroSerde<RawArticle> serde = AvroSerde.rawArticle();
    private final RawArticle article = anArticle().titled("Attack in Gao").withBody("Gunmen attacked Gao.").build();

    @Test
    void shouldWriteTheBytesAvrosOwnSingleObjectEncoderWrites() throws Exception {
        byte[] ours = serde.encode(article);

        assertThat(ours).isEqualTo(RawArticle.getEncoder().encode(article).array());
        assertThat(serde.decode(ours)).isEqualTo(article);
    }

    @Test
    void shouldRefuseTheEighteenByteRecordWithoutAllocatingTwoGigabytes() {
        byte[] poison = rawArticleDeclaringAnIdOf((1L << 31) - 9);

        assertThat(poison).hasSize(18);
        assertThatThrownBy(() -> serde.decode(poison))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.defect()).isEqualTo(MalformedValueException.Defect.UNDECODABLE))
                .hasMessageContaining("field id: a string declares 2147483639 bytes but only 3 remain");
    }

    @ParameterizedTest
    @ValueSource(longs = {1L << 30, (1L << 31) - 9, 4, -1, -(1L << 31), Long.MAX_VALUE})
    void shouldRefuseADeclaredLengthBeyondTheRemainingBytes(long length) {
        byte[] poison = rawArticleDeclaringAnIdOf(length);

        assertThatThrownBy(() -> serde.decode(poison))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.defect()).isEqualTo(MalformedValueException.Defect.UNDECODABLE))
                .hasMessageStartingWith("value is not a valid Avro RawArticle: field id: a string declares");
    }

    @Test
    void shouldRefuseAnArrayCountBeyondTheRemainingBytes() throws Exception {
        EnrichedArticle enriched = TestTagger.get().tag(article, Articles.PUBLISHED);
        AvroSerde<EnrichedArticle> enrichedSerde = AvroSerde.enrichedArticle();
        byte[] good = enrichedSerde.encode(enriched);
        // the article ends with the publishedAt millis; the regions array's block count follows the
        // article's fields: rebuild the value up to there and declare 2^30 regions
        byte[] prefix = enrichedSerde.encode(EnrichedArticle.newBuilder(enriched).setRegions(java.util.List.of())
                .setActors(java.util.List.of()).setEvents(java.util.List.of()).build());
        int articleEnd = indexOfFirstDifference(prefix, good);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(good, 0, articleEnd);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        encoder.writeLong(1L << 30);
        encoder.flush();
        out.write(new byte[20]);

        assertThatThrownBy(() -> enrichedSerde.decode(out.toByteArray()))
                .isInstanceOf(MalformedValueException.class)
                .hasMessageContaining("a block declares 1073741824 items but only 20 bytes remain");
    }

    @Test
    void shouldRefuseInvalidUtf8InTheTitleNamingTheField() {
        byte[] bytes = replace(serde.encode(article), "in Gao", 4, new byte[] {(byte) 0xff});

        assertThatThrownBy(() -> serde.decode(bytes))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.defect()).isEqualTo(MalformedValueException.Defect.INVALID_UTF8))
                .hasMessage("value is not a valid Avro RawArticle: field title: invalid UTF-8 at byte 11 of a 13-byte"
                        + " string (FF 6F); encode every text field as UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0 80", "ED A0 80", "F4 90 80 80", "E2 82", "80", "F8 88 80 80 80"})
    void shouldRefuseMalformedUtf8Sequences(String hex) {
        byte[] bad = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        String marked = "attacked " + "#".repeat(bad.length);
        byte[] bytes = replace(serde.encode(anArticle().titled("x").withBody("Gunmen " + marked + " again.").build()),
                marked, "attacked ".length(), bad);

        assertThatThrownBy(() -> serde.decode(bytes))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.defect()).isEqualTo(MalformedValueException.Defect.INVALID_UTF8))
                .hasMessageContaining("field body: invalid UTF-8 at byte 16");
    }

    @Test
    void shouldKeepEveryWellFormedCharacter() {
        RawArticle accents = anArticle().titled("Tillabéri, Ménaka, Ségou — 日本 😀").withBody("Ouagadougou ʼ").build();

        assertThat(serde.decode(serde.encode(accents))).isEqualTo(accents);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void shouldRefuseBytesAfterTheRecord(int extra) {
        byte[] good = serde.encode(article);
        byte[] bytes = Arrays.copyOf(good, good.length + extra);

        assertThatThrownBy(() -> serde.decode(bytes))
                .isInstanceOfSatisfying(MalformedValueException.class,
                        e -> assertThat(e.defect()).isEqualTo(MalformedValueException.Defect.TRAILING_BYTES))
                .hasMessageStartingWith("value is not a valid Avro RawArticle: " + extra
                        + (extra == 1 ? " byte follows" : " bytes follow") + " the end of the RawArticle record (00");
    }

    @Test
    void shouldRefuseAValueShorterThanTheHeader() {
        byte[] bytes = Arrays.copyOf(serde.encode(article), 6);

        assertThatThrownBy(() -> serde.decode(bytes)).isInstanceOf(MalformedValueException.class)
                .hasMessageContaining("it has 6 bytes, fewer than the 10 of the single-object header");
    }

    @Test
    void shouldRefuseAnotherSchemasFingerprint() {
        byte[] bytes = serde.encode(article);
        bytes[5] ^= 1;

        assertThatThrownBy(() -> serde.decode(bytes)).isInstanceOf(MalformedValueException.class)
                .hasMessageContaining("is not this RawArticle schema (fingerprint");
    }

    @Test
    void shouldReadTheConfluentFrameOnlyWithARegistry() {
        byte[] framed = serde.encode(7, article);

        assertThat(Arrays.copyOf(framed, 5)).containsExactly(0, 0, 0, 0, 7);
        assertThatThrownBy(() -> serde.decode(framed)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("Confluent wire format (schema id 7) and no schema registry is set;"
                        + " set schema.registry.url");
    }

    private static int indexOfFirstDifference(byte[] a, byte[] b) {
        int i = 0;
        while (a[i] == b[i]) {
            i++;
        }
        return i;
    }

    /** {@code bytes} with {@code with} written {@code at} bytes into the first occurrence of {@code ascii}. */
    private static byte[] replace(byte[] bytes, String ascii, int at, byte[] with) {
        byte[] what = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                byte[] out = bytes.clone();
                System.arraycopy(with, 0, out, i + at, with.length);
                return out;
            }
        }
        throw new IllegalArgumentException(ascii + " not found");
    }
}
