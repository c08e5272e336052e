package org.sahelwatch.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.io.AvroJson;
import org.sahelwatch.kafka.AlertConsumer;
import org.sahelwatch.kafka.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sahelwatch tail}: live alerts. */
@Command(name = "tail", mixinStandardHelpOptions = true, description = "Print live alerts from the alerts topic.")
final class TailCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Option(names = "--json", description = "One JSON object per alert (Avro field names) instead of text blocks.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start with the oldest alert on the topic, not the next new one.")
    boolean fromBeginning;

    @Option(names = "--max", defaultValue = "0", description = "Stop after this many alerts (0: run until Ctrl-C).")
    int max;

    @Override
    public Integer call() {
        SahelwatchConfig config = settings.load();
        AlertConsumer consumer = new AlertConsumer(config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS),
                Topics.from(config).alerts(), fromBeginning);
        CtrlC ctrlC = new CtrlC("tail", consumer::stop, Duration.ofSeconds(5));
        try {
            consumer.follow(alert -> {
                System.out.println(json ? AvroJson.toJsonLine(alert) : AlertFormatter.format(alert));
                System.out.flush();
            }, max);
        } finally {
            try {
                consumer.close();
            } finally {
                ctrlC.close();
            }
        }
        return 0;
    }
}
