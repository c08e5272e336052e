package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.io.ArticleReader;
import org.sahelwatch.kafka.ArticlePublisher;
import org.sahelwatch.kafka.TopicCreator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sahelwatch ingest}: articles from a file or standard input to the raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Send articles to the raw topic as Avro RawArticle records.",
                "Input: JSON Lines with RawArticle's fields (id derived from the URL or the content when absent;",
                "publishedAt as ISO-8601 or epoch millis), or one plain-text article whose first line is the title.",
                "A bad line is reported with its number and skipped; the other lines are sent."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every article was sent",
                "1:nothing was sent: the broker cannot be reached, the topic is missing, or the input is unreadable",
                "2:some lines were skipped (each is reported on standard error); the others were sent"})
final class IngestCommand implements Callable<Integer> {

    /** Exit code when some lines were skipped. */
    static final int SKIPPED_LINES = 2;
    /** How long to wait for the broker before saying it cannot be reached. */
    static final Duration BROKER_TIMEOUT = Duration.ofSeconds(10);

    @Mixin
    SettingsOptions settings;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Input file, or - for standard input (default).")
    String file;

    @Option(names = "--source", defaultValue = "unknown",
            description = "Outlet for plain-text articles and lines without a source (default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--create-topics",
            description = "Create the raw topic when it is missing (topic.partitions, topic.replication.factor)."
                    + " Without it, a missing topic stops ingest: 'sahelwatch run' creates the application's topics.")
    boolean createTopics;

    @Override
    public Integer call() throws Exception {
        SahelwatchConfig config = settings.load();
        ArticleReader.Result result;
        try (BufferedReader in = Inputs.open(file)) {
            result = new ArticleReader(Clock.systemUTC(), source).read(in);
        }
        result.problems().forEach(p -> System.err.println("line " + p.line() + " skipped: " + p.message()));
        String bootstrap = config.getString(SahelwatchConfig.BOOTSTRAP_SERVERS);
        String topic = config.getString(SahelwatchConfig.TOPIC_RAW);
        int sent = 0;
        if (!result.articles().isEmpty()) {
            ensureTopic(config, bootstrap, topic);
            try (ArticlePublisher publisher = new ArticlePublisher(bootstrap, topic)) {
                sent = publisher.publish(result.articles());
            }
        }
        int skipped = result.problems().size();
        System.out.println("Sent " + sent + " article" + (sent == 1 ? "" : "s") + " to " + topic + "; skipped "
                + skipped + " bad line" + (skipped == 1 ? "" : "s") + ".");
        return skipped > 0 ? SKIPPED_LINES : 0;
    }

    private void ensureTopic(SahelwatchConfig config, String bootstrap, String topic) {
        if (TopicCreator.missing(bootstrap, List.of(topic), BROKER_TIMEOUT).isEmpty()) {
            return;
        }
        if (!createTopics) {
            throw new IllegalStateException("the topic " + topic + " does not exist on " + bootstrap
                    + ": start 'sahelwatch run' once (it creates the application's topics), or pass --create-topics");
        }
        TopicCreator.ensure(bootstrap, List.of(topic), Set.of(), config.getInt(SahelwatchConfig.TOPIC_PARTITIONS),
                config.getShort(SahelwatchConfig.TOPIC_REPLICATION_FACTOR));
    }
}
