package org.sahelwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahelwatch.config.SahelwatchConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that use settings. */
final class SettingsOptions {

    static final Path DEFAULT_FILE = Path.of("config", "application.properties");

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: config/application.properties when present, else built-in defaults).")
    Path file;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            description = "Kafka brokers (setting bootstrap.servers; default localhost:9092).")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set topic.raw=my.raw")
    Map<String, String> sets = new LinkedHashMap<>();

    SahelwatchConfig load() {
        return load(Map.of());
    }

    /** Loads settings; {@code defaults} apply under everything the user gave. */
    SahelwatchConfig load(Map<String, String> commandDefaults) {
        Path settingsFile = file != null ? file : (Files.isReadable(DEFAULT_FILE) ? DEFAULT_FILE : null);
        Map<String, String> overrides = new HashMap<>(commandDefaults);
        overrides.putAll(sets);
        if (bootstrapServers != null) {
            overrides.put(SahelwatchConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        return SahelwatchConfig.load(settingsFile, System.getenv(), overrides);
    }
}
