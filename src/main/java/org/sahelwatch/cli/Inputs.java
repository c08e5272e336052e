package org.sahelwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** FILE or '-' (standard input) arguments. */
final class Inputs {

    private Inputs() {
    }

    static BufferedReader open(String file) throws IOException {
        if (file == null || file.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IOException("cannot read " + path.toAbsolutePath() + ": no such readable file "
                    + "(give a JSON-lines or plain-text article file, or - for standard input)");
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }
}
