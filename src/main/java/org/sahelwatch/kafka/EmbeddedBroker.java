package org.sahelwatch.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) running inside this JVM, on
 * the real Kafka server classes: for the {@code broker} and {@code demo} commands on machines
 * without a Kafka installation. Listens on loopback by default. Not for production.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private static final String META_PROPERTIES = "meta.properties";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;

    private EmbeddedBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /**
     * Formats {@code dataDir} when it is new and starts the broker on host:port, with its controller on
     * host:controllerPort. An existing broker's data is kept: its cluster id is read back from
     * {@code logs/meta.properties}, so a restart (after a clean stop or a kill) finds its topics again.
     */
    public static EmbeddedBroker start(String host, int port, int controllerPort, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Properties props = serverProperties(host, port, controllerPort, dataDir.resolve("logs"));
            Path propsFile = dataDir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
                props.store(w, "Sahelwatch embedded broker");
            }
            format(propsFile, clusterId(dataDir.resolve("logs")));
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();
            String bootstrap = host + ":" + port;
            log.info("Embedded Kafka broker started on {} (data in {})", bootstrap, dataDir.toAbsolutePath());
            return new EmbeddedBroker(server, bootstrap, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the broker data directory " + dataDir.toAbsolutePath()
                    + ": " + e.getMessage() + "; choose a writable one with --data-dir", e);
        }
    }

    static Properties serverProperties(String host, int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** The cluster id stored by an earlier format of {@code logDir}, else a new one. */
    static String clusterId(Path logDir) throws IOException {
        Path meta = logDir.resolve(META_PROPERTIES);
        if (!Files.isRegularFile(meta)) {
            return Uuid.randomUuid().toString();
        }
        Properties stored = new Properties();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            stored.load(r);
        }
        String id = stored.getProperty("cluster.id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(meta.toAbsolutePath() + " has no cluster.id: the broker data is damaged;"
                    + " delete the data directory or choose another with --data-dir");
        }
        log.info("Reusing the broker data in {} (cluster id {})", logDir.toAbsolutePath(), id);
        return id;
    }

    /** Formats the log directory with {@code clusterId}; a directory already formatted with it is left as it is. */
    private static void format(Path propsFile, String clusterId) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            exit = StorageTool$.MODULE$.execute(new String[] {"format", "-t", clusterId, "-c",
                    propsFile.toString(), "--ignore-formatted"}, out);
        } catch (Exception e) {
            throw new IllegalStateException("formatting the broker storage failed: " + e.getMessage()
                    + "; delete the data directory or choose another with --data-dir", e);
        }
        if (exit != 0) {
            throw new IllegalStateException("formatting the broker storage failed (exit " + exit + "): "
                    + captured.toString(StandardCharsets.UTF_8).strip()
                    + "; delete the data directory or choose another with --data-dir");
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Blocks until the broker has shut down. */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Embedded Kafka broker on {} stopped", bootstrapServers);
    }
}
