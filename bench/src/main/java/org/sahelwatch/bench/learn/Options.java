package org.sahelwatch.bench.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line of {@link ModelLibraries}. */
final class Options {

    private static final String HELP = """
            ModelLibraries: compares learning libraries for the event model (bench/README.md, "Learning libraries compared").
            Run from the project root.
              --acled FILE,FILE      ACLED files, as `sahelwatch train --acled` takes them
                                     (default ../shared/data/training/acled-sahel-train.csv,../shared/data/training/acled-2021-fr.csv)
              --news PATH,PATH       news TSV files or directories (default config/training, as `train`)
              --folds K              cross-validation folds (default 5)
              --contenders A,B       any of liblinear-svm, liblinear-lr, tribuo-sgd, opennlp-maxent (default all)
              --lr-c C,C             liblinear logistic regression: the C values to choose from (default %s)
              --tribuo-epochs E,E    Tribuo: the epoch counts to choose from (default %s)
              --tribuo-rate R        Tribuo: AdaGrad's learning rate (default %s)
              --opennlp-l2 L,L       OpenNLP: the L2 costs to choose from (default %s)
              --opennlp-iterations N OpenNLP: L-BFGS iterations at most (default %d)
              --sample N             keep 1 example in N (a quick look; the figures need 1)
              --results FILE.md      also write the report there
            """;

    List<Path> acled = List.of(Path.of("../shared/data/training/acled-sahel-train.csv"),
            Path.of("../shared/data/training/acled-2021-fr.csv"));
    List<Path> news = List.of(Path.of("config/training"));
    int folds = 5;
    List<String> contenderNames = List.of("liblinear-svm", "liblinear-lr", "tribuo-sgd", "opennlp-maxent");
    double[] lrC = {4, 16};
    int[] tribuoEpochs = {3, 6};
    double tribuoRate = 1.0;
    double[] openNlpL2 = {0.03, 0.1};
    int openNlpIterations = 100;
    int sample = 1;
    Path results;
    final List<String> args = new ArrayList<>();

    /** The options, or null after --help. */
    static Options parse(String[] args) {
        Options o = new Options();
        o.args.addAll(Arrays.asList(args));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.printf(HELP, join(o.lrC), Arrays.toString(o.tribuoEpochs), o.tribuoRate, join(o.openNlpL2),
                        o.openNlpIterations);
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value; see --help");
            }
            String v = args[++i];
            switch (a) {
                case "--acled" -> o.acled = paths(v);
                case "--news" -> o.news = paths(v);
                case "--folds" -> o.folds = Integer.parseInt(v);
                case "--contenders" -> o.contenderNames = List.of(v.split(","));
                case "--lr-c" -> o.lrC = doubles(v);
                case "--tribuo-epochs" -> o.tribuoEpochs = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--tribuo-rate" -> o.tribuoRate = Double.parseDouble(v);
                case "--opennlp-l2" -> o.openNlpL2 = doubles(v);
                case "--opennlp-iterations" -> o.openNlpIterations = Integer.parseInt(v);
                case "--sample" -> o.sample = Integer.parseInt(v);
                case "--results" -> o.results = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a + "; see --help");
            }
        }
        if (o.folds < 2 || o.sample < 1) {
            throw new IllegalArgumentException("--folds needs at least 2 and --sample at least 1");
        }
        o.contenders();
        return o;
    }

    List<Contender> contenders() {
        List<Contender> out = new ArrayList<>();
        for (String name : contenderNames) {
            out.add(switch (name) {
                case "liblinear-svm" -> LiblinearContender.svm();
                case "liblinear-lr" -> LiblinearContender.logisticRegression(lrC);
                case "tribuo-sgd" -> new TribuoContender(tribuoRate, tribuoEpochs);
                case "opennlp-maxent" -> new OpenNlpContender(openNlpIterations, openNlpL2);
                default -> throw new IllegalArgumentException("unknown contender '" + name
                        + "'; use liblinear-svm, liblinear-lr, tribuo-sgd or opennlp-maxent");
            });
        }
        return out;
    }

    private static List<Path> paths(String v) {
        return Arrays.stream(v.split(",")).map(Path::of).toList();
    }

    private static double[] doubles(String v) {
        return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String join(double[] values) {
        return Arrays.toString(values);
    }
}
