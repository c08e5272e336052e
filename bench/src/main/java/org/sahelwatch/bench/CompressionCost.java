package org.sahelwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.record.internal.MemoryRecords;
import org.apache.kafka.common.record.internal.MemoryRecordsBuilder;
import org.apache.kafka.common.record.internal.Record;
import org.apache.kafka.common.record.internal.DefaultRecordBatch;
import org.sahelwatch.avro.EnrichedArticle;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.io.ArticleReader;
import org.sahelwatch.kafka.AvroSerde;
import org.sahelwatch.tagging.DictionarySource;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;

/**
 * What the output topics' compression costs, per codec: the 12 demo articles, tagged and encoded
 * as the application publishes them on {@code sahelwatch.articles.enriched}, put into Kafka record
 * batches with Kafka's own codecs, one record per batch (under exactly-once with a 100 ms commit
 * interval, a batch holds what one partition received in 100 ms: one record at a trickle) and all
 * 12 in one batch. It reports the bytes of the batches and the <em>CPU time</em> of this thread
 * (not wall time: the machine is shared) to compress and to read them back, per record.
 *
 * <p>With an output directory as argument, it also writes each codec's compressed record sections
 * (what a consumer's codec is handed) for {@code bench/node/decompress.js}.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.sahelwatch.bench.CompressionCost [DIR]}
 */
public final class CompressionCost {

    private static final int ROUNDS = 3_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CompressionCost() {
    }

    public static void main(String[] args) throws IOException {
        Tagger tagger = Tagger.load(DictionarySource.bundled(),
                TaggingDictionary.DEFAULT_GAZETTEER_FILES);
        List<RawArticle> articles = demoArticles();
        AvroSerde<EnrichedArticle> serde = AvroSerde.enrichedArticle();
        List<byte[]> values = articles.stream().map(a -> serde.encode(tagger.tag(a, Instant.EPOCH))).toList();
        long raw = values.stream().mapToLong(v -> v.length).sum();
        // for scale: what the application spends on each article anyway
        double tagging = cpuMicros(() -> articles.stream().mapToInt(a -> tagger.tag(a, Instant.EPOCH).getRegions().size())
                .sum(), 300) / articles.size();
        System.out.printf(Locale.ROOT, "tagging: %.1f µs CPU per article%n", tagging);
        System.out.printf(Locale.ROOT, "%d EnrichedArticle values, %d bytes; CPU µs per record, %d rounds after %d%n",
                values.size(), raw, ROUNDS, ROUNDS);
        System.out.println("codec   per batch   bytes on the wire   compress µs   read back µs");
        for (String codec : List.of("none", "gzip", "snappy", "lz4", "zstd")) {
            for (int perBatch : new int[] {1, values.size()}) {
                Compression compression = Compression.of(codec).build();
                List<MemoryRecords> batches = batches(values, compression, perBatch);
                long bytes = batches.stream().mapToLong(MemoryRecords::sizeInBytes).sum();
                double compress = cpuMicros(() -> batches(values, compression, perBatch).size(), ROUNDS) / values.size();
                double read = cpuMicros(() -> readBack(batches), ROUNDS) / values.size();
                System.out.printf(Locale.ROOT, "%-7s %9d %12d (%5.1f %%) %13.1f %14.1f%n", codec, perBatch, bytes,
                        100.0 * bytes / raw, compress, read);
                if (args.length > 0 && perBatch == 1) {
                    writeSections(Path.of(args[0]), codec, batches);
                }
            }
        }
    }

    /** CPU time of this thread for one run of {@code work}, in microseconds: the mean of {@code rounds} after as many. */
    private static double cpuMicros(IntSupplier work, int rounds) {
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += work.getAsInt();
        }
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            sink += work.getAsInt();
        }
        long nanos = CPU.getCurrentThreadCpuTime() - start;
        if (sink == 42) {
            System.out.print(""); // uses the results, so the JIT cannot drop the work
        }
        return nanos / 1_000.0 / rounds;
    }

    private static List<MemoryRecords> batches(List<byte[]> values, Compression compression, int perBatch) {
        List<MemoryRecords> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += perBatch) {
            MemoryRecordsBuilder builder = MemoryRecords.builder(ByteBuffer.allocate(64 * 1024), compression,
                    TimestampType.CREATE_TIME, 0L);
            for (byte[] value : values.subList(from, Math.min(values.size(), from + perBatch))) {
                builder.append(0L, null, value);
            }
            out.add(builder.build());
        }
        return out;
    }

    private static int readBack(List<MemoryRecords> batches) {
        int bytes = 0;
        for (MemoryRecords batch : batches) {
            for (Record record : batch.records()) {
                bytes += record.valueSize();
            }
        }
        return bytes;
    }

    /** Each batch's records section (after the 61-byte v2 batch header): the bytes a consumer's codec decompresses. */
    private static void writeSections(Path dir, String codec, List<MemoryRecords> batches) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < batches.size(); i++) {
            ByteBuffer buffer = batches.get(i).buffer();
            byte[] section = new byte[buffer.remaining() - DefaultRecordBatch.RECORD_BATCH_OVERHEAD];
            buffer.position(DefaultRecordBatch.RECORD_BATCH_OVERHEAD);
            buffer.get(section);
            Files.write(dir.resolve(codec + "-" + i + ".bin"), section);
        }
    }

    private static List<RawArticle> demoArticles() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CompressionCost.class.getResourceAsStream("/samples/demo-articles.jsonl"), StandardCharsets.UTF_8))) {
            return new ArticleReader(Clock.systemUTC(), "demo").read(reader).articles();
        }
    }
}
