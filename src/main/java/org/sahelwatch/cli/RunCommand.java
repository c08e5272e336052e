package org.sahelwatch.cli;

import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.sahelwatch.app.StreamsRunner;
import org.sahelwatch.config.SahelwatchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sahelwatch run}: the streams application against a broker. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the Sahelwatch streams application; creates its topics when missing.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Override
    public Integer call() throws InterruptedException {
        SahelwatchConfig config = settings.load();
        StreamsRunner runner = StreamsRunner.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "sahelwatch-shutdown"));
        System.out.println("Sahelwatch running against " + config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS)
                + ": " + config.getString(SahelwatchConfig.TOPIC_RAW) + " -> "
                + config.getString(SahelwatchConfig.TOPIC_ENRICHED) + ", " + config.getString(SahelwatchConfig.TOPIC_ALERTS)
                + " (dead letters: " + config.getString(SahelwatchConfig.TOPIC_DEADLETTER) + ")"
                + runner.deskUrl().map(url -> "; desk at " + url).orElse("") + ". Ctrl-C stops it.");
        runner.awaitStop();
        return runner.state() == KafkaStreams.State.ERROR ? 1 : 0;
    }
}
