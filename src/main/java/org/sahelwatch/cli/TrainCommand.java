package org.sahelwatch.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventModelFile;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.tagging.TaggingDictionary;
import org.sahelwatch.training.EventModelTraining;
import org.sahelwatch.training.LearnedTableFiles;
import org.sahelwatch.training.ModelCard;
import org.sahelwatch.training.ModelCrossValidation;
import org.sahelwatch.training.TaggerTraining;
import org.sahelwatch.training.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sahelwatch train}: rebuilds, deterministically, what the tagger learns from labelled data: the actor
 * table, the places and their priors and the role model (from the ACLED rows), then the event model, with the
 * dictionary they make.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the tagger's learned parts (no Kafka): from the ACLED files' English rows the actor table"
                + " (actors-acled.tsv), the places the gazetteer lacks (gazetteer/places-acled.tsv) and the priors of"
                + " ambiguous place names (place-priors.tsv), the role model (models/role-model.tsv); then the event model"
                + " with its model card.",
                "The same files give the same model file, byte for byte. ACLED files: CSV with notes, sub_event_type"
                        + " and acled_schema (2019+ rows are used); a file with notes_fr gives French examples."})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    SettingsOptions settings;

    @Option(names = "--acled", required = true, arity = "1..*", paramLabel = "FILE.csv",
            description = "ACLED-coded events (e.g. ../shared/data/training/acled-sahel-train.csv"
                    + " ../shared/data/training/acled-2021-fr.csv).")
    List<Path> acled;

    @Option(names = "--news", arity = "0..*", paramLabel = "FILE.tsv",
            defaultValue = "config/training", split = ",",
            description = "News-style labelled sentences (default: ${DEFAULT-VALUE}).")
    List<Path> news;

    @Option(names = "--out", defaultValue = "config/models/event-model.swem", paramLabel = "FILE",
            description = "Model file to write (default: ${DEFAULT-VALUE}); the card goes next to it (.card.md).")
    Path out;

    @Option(names = "--tables-dir", defaultValue = "config", paramLabel = "DIR",
            description = "Config directory to write the learned tables and the role model into (default: ${DEFAULT-VALUE}).")
    Path tablesDir;

    @Option(names = "--tables-only",
            description = "Write the learned tables and the role model only, not the event model (the tables are learned"
                    + " from the ACLED files without notes_fr; --news, --out and --cv are then unused).")
    boolean tablesOnly;

    @Option(names = "--cv", defaultValue = "5", paramLabel = "K",
            description = "Cross-validate the model in K folds for its card (0: no cross-validation; default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--none-weight", defaultValue = "1.0", paramLabel = "W",
            description = "Weight of the 'no event' class in the type classifier (default ${DEFAULT-VALUE}).")
    double noneWeight;

    @Option(names = "--news-repeat", defaultValue = "1", paramLabel = "N",
            description = "How many times the type classifier sees each news-style example (default ${DEFAULT-VALUE}).")
    int newsRepeat;

    @Override
    public Integer call() throws Exception {
        for (Path p : concat(acled, news)) {
            if (!Files.isReadable(p)) {
                System.err.println("sahelwatch train: cannot read " + p + "; pass the ACLED files of ../shared/data/training"
                        + " with --acled and the news files with --news");
                return 2;
            }
        }
        SahelwatchConfig config = settings.load();
        TaggingDictionary written = TaggingDictionary.loadWithoutLearned(config.dictionarySource(),
                config.getList(SahelwatchConfig.GAZETTEER_FILES));
        TrainingSet set = TrainingSet.load(acled, tablesOnly ? List.of() : news);
        System.err.println("Read " + set.examples().size() + " examples and " + set.acledRows().size()
                + " ACLED rows from " + set.sources().size() + " files");
        TaggerTraining.Learned learned = new TaggerTraining(written, set.acledRows()).learnFromAll();
        for (Path p : LearnedTableFiles.write(tablesDir, learned.tables(), learned.roles(), String.join(" ", tablesCommand()),
                set.acledRows().size())) {
            System.err.println("Wrote " + p);
        }
        System.err.println("Learned " + learned.tables().actors().size() + " actor rows, " + learned.tables().places().size()
                + " places, priors for " + learned.tables().priors().size() + " names, a role model of "
                + learned.roles().size() + " features");
        if (tablesOnly) {
            return 0;
        }
        TaggingDictionary dictionary = learned.dictionary();
        EventTrainer.Settings trainerSettings = EventTrainer.Settings.defaults().withNoneWeight(noneWeight).withNewsRepeat(newsRepeat);
        EventModelTraining training = new EventModelTraining(trainerSettings);
        List<EventTrainer.Item> items = EventModelTraining.prepare(dictionary, set.examples());
        EventModel model = training.train(items);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            EventModelFile.write(model, o);
        }
        System.err.println("Wrote " + out + " (" + model + ", " + Files.size(out) + " bytes)");
        Map<String, ModelCrossValidation.Part> cv = null;
        if (folds >= 2) {
            cv = ModelCrossValidation.run(training.trainer(), set.examples(), items, folds);
            System.out.print(ModelCrossValidation.summary(cv));
        }
        Path card = cardOf(out);
        Files.writeString(card, ModelCard.render(model, set, trainerSettings, Files.size(out), cv, folds, command()),
                StandardCharsets.UTF_8);
        System.err.println("Wrote " + card);
        return 0;
    }

    /**
     * The command that rebuilds the learned tables, whether or not this run also trains the event model: the
     * tables are learned from the ACLED files only, so the same files give the same tables either way.
     */
    private List<String> tablesCommand() {
        List<String> command = new ArrayList<>(List.of("sahelwatch", "train", "--tables-only", "--acled"));
        acled.forEach(p -> command.add(p.toString()));
        if (!tablesDir.equals(Path.of("config"))) {
            command.add("--tables-dir");
            command.add(tablesDir.toString());
        }
        return command;
    }

    /** The command that rebuilds what this run writes. */
    private List<String> command() {
        List<String> command = new ArrayList<>(List.of("sahelwatch", "train", "--acled"));
        acled.forEach(p -> command.add(p.toString()));
        command.add("--news");
        command.add(String.join(",", news.stream().map(Path::toString).toList()));
        command.add("--out");
        command.add(out.toString());
        if (!tablesDir.equals(Path.of("config"))) {
            command.add("--tables-dir");
            command.add(tablesDir.toString());
        }
        command.add("--cv");
        command.add(String.valueOf(folds));
        if (noneWeight != 1.0) {
            command.add("--none-weight");
            command.add(String.valueOf(noneWeight));
        }
        if (newsRepeat != 1) {
            command.add("--news-repeat");
            command.add(String.valueOf(newsRepeat));
        }
        return command;
    }

    static Path cardOf(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".card.md");
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
