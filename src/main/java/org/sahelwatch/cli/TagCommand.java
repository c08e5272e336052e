package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.sahelwatch.avro.RawArticle;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.io.ArticleReader;
import org.sahelwatch.io.AvroJson;
import org.sahelwatch.tagging.Tagger;
import org.sahelwatch.tagging.TaggingDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sahelwatch tag}: offline tagging, no Kafka. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag articles offline (no Kafka) and print each EnrichedArticle as JSON.",
                "Input as for ingest: JSON Lines, or one plain-text article whose first line is the title."})
final class TagCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Input file, or - for standard input (default).")
    String file;

    @Option(names = "--source", defaultValue = "unknown", description = "Outlet for plain-text articles.")
    String source;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Override
    public Integer call() throws Exception {
        SahelwatchConfig config = settings.load();
        ArticleReader.Result result;
        try (BufferedReader in = Inputs.open(file)) {
            result = new ArticleReader(Clock.systemUTC(), source).read(in);
        }
        result.problems().forEach(p -> System.err.println("line " + p.line() + " skipped: " + p.message()));
        Tagger tagger = Tagger.load(config.dictionarySource(),
                config.getList(SahelwatchConfig.GAZETTEER_FILES));
        for (RawArticle article : result.articles()) {
            var enriched = tagger.tag(article, Clock.systemUTC().instant());
            System.out.println(pretty ? AvroJson.toPrettyJson(enriched) : AvroJson.toJsonLine(enriched));
        }
        return result.articles().isEmpty() && !result.problems().isEmpty() ? 2 : 0;
    }
}
