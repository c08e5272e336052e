package org.sahelwatch.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sahel towns the generated reports happen in: {@code /corpus/towns.tsv}, written by
 * {@link TownPoolBuilder} from the bundled gazetteer (each town kept only when the tagger places a
 * probe report there, in English and in French).
 */
final class TownPool {

    static final String RESOURCE = "/corpus/towns.tsv";

    /** A gazetteer town: its id, country code, admin1 region and name. */
    record Town(String id, String countryCode, String admin1, String name) {
    }

    private final Map<String, List<Town>> byCountry;

    private TownPool(Map<String, List<Town>> byCountry) {
        this.byCountry = byCountry;
    }

    static TownPool load() {
        Map<String, List<Town>> byCountry = new LinkedHashMap<>();
        try (InputStream in = TownPool.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; write it with TownPoolBuilder "
                        + "(bench/README.md) and rebuild the bench module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Town town = new Town(f[0], f[1], f[2], f[3]);
                byCountry.computeIfAbsent(town.countryCode(), k -> new ArrayList<>()).add(town);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new TownPool(byCountry);
    }

    List<Town> of(String countryCode) {
        List<Town> towns = byCountry.get(countryCode);
        if (towns == null || towns.size() < 2) {
            throw new IllegalStateException(RESOURCE + " has fewer than two towns of " + countryCode
                    + "; rewrite it with TownPoolBuilder");
        }
        return towns;
    }

    int size() {
        return byCountry.values().stream().mapToInt(List::size).sum();
    }
}
