package org.sahelwatch.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where dictionary files come from: a directory (a checkout's {@code config/}, or one a user points
 * to) or the copy of {@code config/} bundled in the jar.
 */
public interface DictionarySource {

    /** Opens {@code name} (a path relative to the config directory, e.g. gazetteer/admin.tsv). */
    BufferedReader open(String name);

    /** Opens {@code name} as bytes (a model file). */
    InputStream openBinary(String name);

    /** A human-readable location, for messages. */
    String describe(String name);

    /** Whether {@code name} is there (a table that may be absent: the learned ones, before {@code train} wrote them). */
    boolean exists(String name);

    /** Files under a directory on disk. */
    static DictionarySource directory(Path dir) {
        return new DictionarySource() {
            @Override
            public BufferedReader open(String name) {
                Path file = dir.resolve(name);
                try {
                    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary file " + file.toAbsolutePath()
                            + " (" + e + "); check sahelwatch.config.dir or restore the file from git", e);
                }
            }

            @Override
            public InputStream openBinary(String name) {
                Path file = dir.resolve(name);
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read model file " + file.toAbsolutePath() + " (" + e
                            + "); check dictionaries.dir, rebuild it with `sahelwatch train` or restore it from git", e);
                }
            }

            @Override
            public String describe(String name) {
                return dir.resolve(name).toString();
            }

            @Override
            public boolean exists(String name) {
                return Files.isReadable(dir.resolve(name));
            }
        };
    }

    /** The {@code config/} folder bundled in the application jar. */
    static DictionarySource bundled() {
        return new DictionarySource() {
            @Override
            public BufferedReader open(String name) {
                InputStream in = DictionarySource.class.getResourceAsStream("/config/" + name);
                if (in == null) {
                    throw new IllegalStateException("dictionary file config/" + name + " is not bundled in "
                            + "the jar; rebuild with 'mvn package' or set sahelwatch.config.dir to a config folder");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }

            @Override
            public InputStream openBinary(String name) {
                InputStream in = DictionarySource.class.getResourceAsStream("/config/" + name);
                if (in == null) {
                    throw new IllegalStateException("model file config/" + name + " is not bundled in the jar;"
                            + " rebuild with 'mvn package' or set dictionaries.dir to a config folder");
                }
                return in;
            }

            @Override
            public String describe(String name) {
                return "classpath:config/" + name;
            }

            @Override
            public boolean exists(String name) {
                return DictionarySource.class.getResource("/config/" + name) != null;
            }
        };
    }
}
