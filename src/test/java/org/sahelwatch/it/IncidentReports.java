package org.sahelwatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sahelwatch.Articles;
import org.sahelwatch.avro.RawArticle;

/** The test reports of samples/kidal-reports.jsonl (written for the tests, modelled on real coverage). */
final class IncidentReports {

    private IncidentReports() {
    }

    static Map<String, RawArticle> load() {
        Map<String, RawArticle> byId = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Articles.resource("/samples/kidal-reports.jsonl").split("\n")) {
            try {
                JsonNode n = json.readTree(line);
                byId.put(n.get("id").asText(), RawArticle.newBuilder().setId(n.get("id").asText())
                        .setUrl(n.get("url").asText()).setSource(n.get("source").asText())
                        .setTitle(n.get("title").asText()).setBody(n.get("body").asText())
                        .setPublishedAt(Instant.parse(n.get("publishedAt").asText())).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return byId;
    }
}
