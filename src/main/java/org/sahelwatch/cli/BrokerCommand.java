package org.sahelwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sahelwatch.kafka.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sahelwatch broker}: a single-node KRaft Kafka broker in this process. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run an embedded single-node KRaft Kafka broker (for development and demos).")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--controller-port", defaultValue = "9093", description = "KRaft controller port (default ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the broker keeps its data (default: <tmp>/sahelwatch-broker); kept across restarts.")
    Path dataDir;

    @Override
    public Integer call() {
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("java.io.tmpdir"), "sahelwatch-broker");
        EmbeddedBroker broker = EmbeddedBroker.start(host, port, controllerPort, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "sahelwatch-broker-shutdown"));
        System.out.println("Kafka broker listening on " + broker.bootstrapServers() + " (data in "
                + dir.toAbsolutePath() + "). Ctrl-C stops it.");
        broker.awaitShutdown();
        return 0;
    }
}
