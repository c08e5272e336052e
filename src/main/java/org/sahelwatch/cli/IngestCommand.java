package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.io.ArticleReader;
import org.sahelwatch.kafka.ArticlePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sahelwatch ingest}: articles from a file or standard input to the raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Send articles to the raw topic as Avro RawArticle records.",
                "Input: JSON Lines with RawArticle's fields (id derived from the URL or the content when absent;",
                "publishedAt as ISO-8601 or epoch millis), or one plain-text article whose first line is the title."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Input file, or - for standard input (default).")
    String file;

    @Option(names = "--source", defaultValue = "unknown",
            description = "Outlet for plain-text articles and lines without a source (default ${DEFAULT-VALUE}).")
    String source;

    @Override
    public Integer call() throws Exception {
        SahelwatchConfig config = settings.load();
        ArticleReader.Result result;
        try (BufferedReader in = Inputs.open(file)) {
            result = new ArticleReader(Clock.systemUTC(), source).read(in);
        }
        result.problems().forEach(p -> System.err.println("line " + p.line() + ": " + p.message() + " (skipped)"));
        int sent = 0;
        if (!result.articles().isEmpty()) {
            try (ArticlePublisher publisher = new ArticlePublisher(config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS),
                    config.getString(SahelwatchConfig.TOPIC_RAW))) {
                sent = publisher.publish(result.articles());
            }
        }
        System.out.println("Sent " + sent + " article" + (sent == 1 ? "" : "s") + " to "
                + config.getString(SahelwatchConfig.TOPIC_RAW) + "; skipped " + result.problems().size()
                + " bad line" + (result.problems().size() == 1 ? "" : "s") + ".");
        return sent == 0 && !result.problems().isEmpty() ? 2 : 0;
    }
}
