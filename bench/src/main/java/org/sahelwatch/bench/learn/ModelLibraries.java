package org.sahelwatch.bench.learn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jol.info.GraphLayout;
import org.sahelwatch.config.SahelwatchConfig;
import org.sahelwatch.learn.Confusion;
import org.sahelwatch.learn.EventInput;
import org.sahelwatch.learn.EventLabels;
import org.sahelwatch.learn.EventModel;
import org.sahelwatch.learn.EventModelFile;
import org.sahelwatch.learn.EventTrainer;
import org.sahelwatch.learn.Example;
import org.sahelwatch.learn.Folds;
import org.sahelwatch.learn.LinearModel;
import org.sahelwatch.learn.SparseVector;
import org.sahelwatch.learn.TextFeatures;
import org.sahelwatch.learn.Vocabulary;
import org.sahelwatch.tagging.TaggingDictionary;
import org.sahelwatch.training.EventModelTraining;
import org.sahelwatch.training.TrainingSet;

/**
 * Compares learning libraries for the event model (issue 13) on the same data and the same features:
 * the training set read as {@code sahelwatch train} reads it, prepared once by the tagger's own stages
 * ({@link EventModelTraining#prepare}), the features of {@link TextFeatures} weighted by a {@link
 * Vocabulary} built from the training folds only, the project's grouped folds ({@link Folds}). For each
 * contender: cross-validated accuracy of the event type (7 classes) and of the sub-event type (the
 * sub-type classifier's 26 classes read within the chosen type, as the tagger reads them) per kind of
 * text, macro-F1, training time on the full set, prediction time per sentence, model size in memory
 * and on disk, and whether training twice gives the same model.
 *
 * <p>Settings: a contender with more than one setting chooses once, for each classifier, the one with
 * the best accuracy on a validation quarter (by group) of the first fold's training examples, trained
 * on the other three quarters; the first fold's held-out examples are never seen in choosing (the
 * other folds' are, as choosing data: one choice instead of one per fold keeps the run within the
 * machine's time). Every fold and the full-set model then use the chosen settings.
 *
 * <p>Run from the project root: {@code java -Xmx3g -Djdk.attach.allowAttachSelf=true -cp
 * bench/target/benchmarks.jar org.sahelwatch.bench.learn.ModelLibraries --results
 * bench/results/model-libraries-DATE.md} ({@code --help} for the options; the attach flag lets JOL
 * measure object sizes exactly).
 */
public final class ModelLibraries {

    static final String COMMAND = "java -Xmx3g -Djdk.attach.allowAttachSelf=true -cp bench/target/benchmarks.jar"
            + " org.sahelwatch.bench.learn.ModelLibraries";

    private static final List<String> SUB_LABELS = subLabels();
    private static final int WARM_UP_PASSES = 3;
    private static final int MEASURED_PASSES = 5;
    /** Prediction is timed, and determinism checked, on every 8th example. */
    private static final int TIMING_STRIDE = 8;

    private final Options options;
    private final List<EventInput> inputs;
    private final List<SparseVector> raw;
    private final List<String> typeOf;
    private final List<String> subOf;
    private final List<String> partOf;
    private final List<String> groupOf;
    private final TextFeatures features;
    private final int minDocs;

    private ModelLibraries(Options options, List<Example> examples, List<EventTrainer.Item> items) {
        this.options = options;
        EventTrainer.Settings shipped = EventTrainer.Settings.defaults();
        this.features = shipped.features();
        this.minDocs = shipped.minDocs();
        this.inputs = new ArrayList<>(items.size());
        this.raw = new ArrayList<>(items.size());
        this.typeOf = new ArrayList<>(items.size());
        this.subOf = new ArrayList<>(items.size());
        this.partOf = new ArrayList<>(items.size());
        this.groupOf = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            EventTrainer.Item item = items.get(i);
            inputs.add(item.input());
            raw.add(features.extract(item.input().text(), item.input().named()));
            typeOf.add(typeOf(item.label()));
            subOf.add(item.label());
            partOf.add(partOf(examples.get(i)));
            groupOf.add(item.group());
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            return;
        }
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        Path settingsFile = Path.of("config", "application.properties");
        SahelwatchConfig config = SahelwatchConfig.load(Files.isReadable(settingsFile) ? settingsFile : null,
                System.getenv(), Map.of());
        TaggingDictionary dictionary = TaggingDictionary.load(config.dictionarySource(),
                config.getList(SahelwatchConfig.GAZETTEER_FILES));
        TrainingSet set = TrainingSet.load(options.acled, options.news);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < set.examples().size(); i += options.sample) {
            examples.add(set.examples().get(i));
        }
        List<EventTrainer.Item> items = EventModelTraining.prepare(dictionary, examples);
        ModelLibraries bench = new ModelLibraries(options, examples, items);

        progress("prepared %d examples (1 in %d of %d) in %.1f s", examples.size(), options.sample,
                set.examples().size(), seconds(System.nanoTime() - t0));

        List<Result> results = new ArrayList<>();
        for (Contender c : options.contenders()) {
            results.add(bench.run(c));
        }
        double extractionMicros = bench.extractionMicros();
        String report = Report.render(bench, set, results, extractionMicros, loadBefore, loadAverage());
        System.out.print(report);
        if (options.results != null) {
            Files.writeString(options.results, report, StandardCharsets.UTF_8);
            progress("wrote %s", options.results);
        }
    }

    /** What one contender gave. */
    static final class Result {
        final Contender contender;
        final Map<String, Part> parts = new LinkedHashMap<>();
        final List<String> choices = new ArrayList<>();
        String typeSetting;
        String subTypeSetting;
        double cvTrainSeconds;
        double[] fullTrainSeconds;
        double predictMicros;
        int timedSentences;
        long memoryBytes;
        long fileBytes;
        long serialisedBytes;
        boolean sameScores;
        boolean sameBytes;

        Result(Contender contender) {
            this.contender = contender;
        }

        Part part(String name) {
            return parts.computeIfAbsent(name, x -> new Part());
        }
    }

    /** The held-out figures of one kind of text. */
    static final class Part {
        final Confusion types = new Confusion();
        final Confusion subTypes = new Confusion();
        final Confusion subTypesAlone = new Confusion();
    }

    private Result run(Contender contender) throws IOException {
        Result result = new Result(contender);
        progress("%s: %s", contender.name(), contender.describe());
        int k = options.folds;
        List<Integer> firstFoldTraining = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (Folds.of(groupOf.get(i), k) != 0) {
                firstFoldTraining.add(i);
            }
        }
        Contender.Setting typeSetting = contender.typeGrid()
                .get(choose(result, contender.typeGrid(), firstFoldTraining, typeOf, EventModel.TYPE_LABELS));
        Contender.Setting subTypeSetting = contender.subTypeGrid()
                .get(choose(result, contender.subTypeGrid(), firstFoldTraining, subOf, SUB_LABELS));
        result.typeSetting = typeSetting.toString();
        result.subTypeSetting = subTypeSetting.toString();
        long trainNanos = 0;
        for (int fold = 0; fold < k; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                (Folds.of(groupOf.get(i), k) == fold ? test : train).add(i);
            }
            Vocabulary vocabulary = Vocabulary.of(select(raw, train), minDocs);
            List<SparseVector> xs = weigh(vocabulary, train);
            long t = System.nanoTime();
            Contender.Classifier types = typeSetting.train(xs, select(typeOf, train), EventModel.TYPE_LABELS, vocabulary.size());
            Contender.Classifier subTypes = subTypeSetting.train(xs, select(subOf, train), SUB_LABELS, vocabulary.size());
            trainNanos += System.nanoTime() - t;
            for (int i : test) {
                SparseVector v = vocabulary.weigh(raw.get(i));
                String type = EventModel.TYPE_LABELS.get(LinearModel.argmax(types.scores(v)));
                double[] subScores = subTypes.scores(v);
                String sub = subTypeWithin(type, subScores);
                String subAlone = SUB_LABELS.get(LinearModel.argmax(subScores));
                for (String name : List.of(partOf.get(i), partOf.get(i).startsWith("news") ? "news" : "", "all")) {
                    if (!name.isEmpty()) {
                        Part p = result.part(name);
                        p.types.add(typeOf.get(i), type);
                        p.subTypes.add(subOf.get(i), sub);
                        p.subTypesAlone.add(subOf.get(i), subAlone);
                    }
                }
            }
            progress("%s fold %d done; held-out so far: event type %.3f, sub-event type %.3f", contender.name(), fold,
                    result.part("all").types.accuracy(), result.part("all").subTypes.accuracy());
        }
        result.cvTrainSeconds = seconds(trainNanos);
        full(contender, result, typeSetting, subTypeSetting);
        return result;
    }

    /**
     * The index of the setting with the best validation accuracy, trained on three quarters of {@code
     * train} (by group) and validated on the fourth; 0 when there is one setting.
     */
    private int choose(Result result, List<Contender.Setting> grid, List<Integer> train, List<String> labels,
                       List<String> classes) {
        if (grid.size() == 1) {
            return 0;
        }
        List<Integer> inner = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int i : train) {
            (Folds.of("validation|" + groupOf.get(i), 4) == 0 ? validation : inner).add(i);
        }
        Vocabulary vocabulary = Vocabulary.of(select(raw, inner), minDocs);
        List<SparseVector> xs = weigh(vocabulary, inner);
        List<SparseVector> vs = weigh(vocabulary, validation);
        int best = 0;
        double bestAccuracy = -1;
        StringBuilder line = new StringBuilder();
        for (int s = 0; s < grid.size(); s++) {
            Contender.Classifier c = grid.get(s).train(xs, select(labels, inner), classes, vocabulary.size());
            int correct = 0;
            for (int j = 0; j < vs.size(); j++) {
                if (classes.get(LinearModel.argmax(c.scores(vs.get(j)))).equals(labels.get(validation.get(j)))) {
                    correct++;
                }
            }
            double accuracy = (double) correct / vs.size();
            line.append(String.format(Locale.ROOT, " %s %.4f;", grid.get(s), accuracy));
            if (accuracy > bestAccuracy) {
                best = s;
                bestAccuracy = accuracy;
            }
        }
        String choice = String.format(Locale.ROOT, "%s classifier, trained on %d, validated on %d:%s chose %s",
                classes.size() == EventModel.TYPE_LABELS.size() ? "type" : "sub-type", inner.size(), validation.size(), line,
                grid.get(best));
        result.choices.add(choice);
        progress("%s %s", result.contender.name(), choice);
        return best;
    }

    /** The full-set model: training time (twice), determinism, prediction time, sizes. */
    private void full(Contender contender, Result result, Contender.Setting typeSetting, Contender.Setting subTypeSetting)
            throws IOException {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            all.add(i);
        }
        Vocabulary vocabulary = Vocabulary.of(raw, minDocs);
        List<SparseVector> xs = weigh(vocabulary, all);
        Contender.Classifier[][] runs = new Contender.Classifier[2][];
        result.fullTrainSeconds = new double[2];
        for (int run = 0; run < 2; run++) {
            System.gc();
            long t = System.nanoTime();
            runs[run] = new Contender.Classifier[] {
                typeSetting.train(xs, typeOf, EventModel.TYPE_LABELS, vocabulary.size()),
                subTypeSetting.train(xs, subOf, SUB_LABELS, vocabulary.size())};
            result.fullTrainSeconds[run] = seconds(System.nanoTime() - t);
            progress("%s full set (%d examples, %d features; types %s, sub-types %s): trained in %.1f s", contender.name(),
                    xs.size(), vocabulary.size(), typeSetting, subTypeSetting, result.fullTrainSeconds[run]);
        }
        List<SparseVector> timed = new ArrayList<>();
        for (int i = 0; i < xs.size(); i += TIMING_STRIDE) {
            timed.add(xs.get(i));
        }
        result.timedSentences = timed.size();
        result.sameScores = true;
        for (SparseVector x : timed) {
            for (int c = 0; c < 2; c++) {
                if (!Arrays.equals(runs[0][c].scores(x), runs[1][c].scores(x))) {
                    result.sameScores = false;
                }
            }
        }
        byte[][] file = modelFile(vocabulary, runs[0][0], runs[0][1]);
        result.sameBytes = Arrays.deepEquals(file, modelFile(vocabulary, runs[1][0], runs[1][1]));
        result.fileBytes = Arrays.stream(file).mapToLong(b -> b.length).sum();
        Contender.Classifier types = runs[0][0];
        Contender.Classifier subTypes = runs[0][1];
        runs[1] = null;
        result.serialisedBytes = types.serialised().length + subTypes.serialised().length;
        result.memoryBytes = GraphLayout.parseInstance(types.memory(), subTypes.memory()).totalSize();
        result.predictMicros = predictMicros(types, subTypes, timed);
        progress("%s: %.1f µs per sentence, %.1f MB in memory, model file %.0f KB, same scores when trained again: %s",
                contender.name(), result.predictMicros, result.memoryBytes / 1e6, result.fileBytes / 1e3, result.sameScores);
    }

    /** µs per sentence for both classifiers' scores, one thread, after warm-up: the median of the passes. */
    private static double predictMicros(Contender.Classifier types, Contender.Classifier subTypes, List<SparseVector> xs) {
        double[] passes = new double[MEASURED_PASSES];
        double sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES + MEASURED_PASSES; pass++) {
            long t = System.nanoTime();
            for (SparseVector x : xs) {
                sink += types.scores(x)[0] + subTypes.scores(x)[0];
            }
            if (pass >= WARM_UP_PASSES) {
                passes[pass - WARM_UP_PASSES] = (System.nanoTime() - t) / 1e3 / xs.size();
            }
        }
        if (sink == 42) {
            progress("(sink %f)", sink);
        }
        Arrays.sort(passes);
        return passes[passes.length / 2];
    }

    /** µs per sentence to extract the features of a prepared input and weigh them (every contender pays it). */
    private double extractionMicros() {
        Vocabulary vocabulary = Vocabulary.of(raw, minDocs);
        double[] passes = new double[MEASURED_PASSES];
        long sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES + MEASURED_PASSES; pass++) {
            long t = System.nanoTime();
            for (EventInput input : inputs) {
                sink += vocabulary.weigh(features.extract(input.text(), input.named())).size();
            }
            if (pass >= WARM_UP_PASSES) {
                passes[pass - WARM_UP_PASSES] = (System.nanoTime() - t) / 1e3 / inputs.size();
            }
        }
        if (sink == 42) {
            progress("(sink %d)", sink);
        }
        Arrays.sort(passes);
        return passes[passes.length / 2];
    }

    /**
     * The model file as the product would ship it, in gzipped parts: the vocabulary and the two
     * classifiers. For {@link LinearModel}s the project's own file, in one part; otherwise that file's
     * vocabulary part (the file with all-zero classifiers, which gzip to almost nothing), then each
     * classifier's library file, gzipped.
     */
    private byte[][] modelFile(Vocabulary vocabulary, Contender.Classifier types, Contender.Classifier subTypes)
            throws IOException {
        if (types instanceof LiblinearContender.Linear t && subTypes instanceof LiblinearContender.Linear s) {
            return new byte[][] {modelFile(new EventModel("", features, vocabulary, null, t.model(), s.model(), 1.0, 1.0))};
        }
        int n = vocabulary.size();
        int classes = EventModel.TYPE_LABELS.size();
        LinearModel noTypes = new LinearModel(EventModel.TYPE_LABELS, n, new byte[n * classes], new float[classes],
                new float[classes]);
        LinearModel noSubTypes = new LinearModel(List.of(EventLabels.NONE), n, new byte[n], new float[1], new float[1]);
        return new byte[][] {modelFile(new EventModel("", features, vocabulary, null, noTypes, noSubTypes, 1.0, 1.0)),
            gzipped(types.serialised()), gzipped(subTypes.serialised())};
    }

    private static byte[] modelFile(EventModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EventModelFile.write(model, bytes);
        return bytes.toByteArray();
    }

    private static byte[] gzipped(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(data);
        }
        return bytes.toByteArray();
    }

    private List<SparseVector> weigh(Vocabulary vocabulary, List<Integer> indices) {
        List<SparseVector> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(vocabulary.weigh(raw.get(i)));
        }
        return out;
    }

    private static <T> List<T> select(List<T> values, List<Integer> indices) {
        List<T> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(values.get(i));
        }
        return out;
    }

    /** The best-scoring sub-event type of {@code type} (NONE for NONE), as {@link EventModel#subTypeWithin} reads it. */
    private static String subTypeWithin(String type, double[] scores) {
        if (type.equals(EventLabels.NONE)) {
            return EventLabels.NONE;
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < SUB_LABELS.size(); c++) {
            String label = SUB_LABELS.get(c);
            if (typeOf(label).equals(type) && (best == null || scores[c] > bestScore)) {
                best = label;
                bestScore = scores[c];
            }
        }
        return best;
    }

    private static String typeOf(String label) {
        return EventLabels.eventTypeOf(label).map(Enum::name).orElse(EventLabels.NONE);
    }

    /** "acled en", "acled fr", "news en", "news fr". */
    private static String partOf(Example e) {
        return (e.group().startsWith("news:") ? "news " : "acled ") + e.language();
    }

    private static List<String> subLabels() {
        List<String> labels = new ArrayList<>(EventLabels.subEventTypes());
        labels.add(EventLabels.NONE);
        return List.copyOf(labels);
    }

    int exampleCount() {
        return raw.size();
    }

    Options options() {
        return options;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%s] " + format + "%n", prepend(Instant.now().toString().substring(11, 19), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
