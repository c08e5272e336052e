package org.sahelwatch.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sahelwatch.eval.AcledCsv;
import org.sahelwatch.eval.AcledRow;
import org.sahelwatch.learn.Example;
import org.sahelwatch.learn.TrainingData;

/**
 * The files a model is trained on, read into examples, with what the model card says of each file:
 * its SHA-256, its rows, the examples it gave and the rows it left out (and why).
 */
public record TrainingSet(List<Example> examples, List<AcledRow> acledRows, List<Source> sources) {

    /** One input file. */
    public record Source(String path, String sha256, int rows, int examples, Map<String, Integer> leftOut) {
    }

    public TrainingSet {
        examples = List.copyOf(examples);
        acledRows = List.copyOf(acledRows);
        sources = List.copyOf(sources);
    }

    /**
     * Reads ACLED CSV files (English notes, or French ones from a file with notes_fr) and news TSV files
     * (a directory stands for its {@code *.tsv} files, in name order).
     */
    public static TrainingSet load(List<Path> acled, List<Path> newsFilesOrDirectories) throws IOException {
        List<Path> news = tsvFiles(newsFilesOrDirectories);
        List<Example> examples = new ArrayList<>();
        List<AcledRow> rows = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Path file : acled) {
            AcledCsv.Result csv;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                csv = AcledCsv.read(in);
            }
            if (!csv.problems().isEmpty()) {
                throw new IOException(file + " line " + csv.problems().get(0).line() + ": " + csv.problems().get(0).message());
            }
            String name = file.getFileName().toString();
            TrainingData.Read read = TrainingData.acled(csv, name);
            examples.addAll(read.examples());
            if (!csv.hasColumn(TrainingData.NOTES_FR)) {
                rows.addAll(csv.rows());
            }
            sources.add(new Source(file.toString(), sha256(file), csv.rows().size(), read.examples().size(), read.leftOut()));
        }
        for (Path file : news) {
            List<Example> read;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = TrainingData.news(in, file.toString());
            }
            examples.addAll(read);
            sources.add(new Source(file.toString(), sha256(file), read.size(), read.size(), Map.of()));
        }
        return new TrainingSet(examples, rows, sources);
    }

    /** The files, with each directory replaced by its {@code *.tsv} files in name order. */
    public static List<Path> tsvFiles(List<Path> filesOrDirectories) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : filesOrDirectories) {
            if (Files.isDirectory(p)) {
                try (java.util.stream.Stream<Path> files = Files.list(p)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
