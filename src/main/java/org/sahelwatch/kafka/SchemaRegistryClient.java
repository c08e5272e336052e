package org.sahelwatch.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The two calls of the Confluent Schema Registry REST API that the wire format needs: register a
 * schema under a subject (which answers its id; registering the same schema again answers the same
 * id) and fetch the schema of an id. Any registry that speaks this API works: Confluent's, Apicurio's
 * compatibility API ({@code …/apis/ccompat/v7}), Karapace. Answers are cached for the life of the client.
 */
public final class SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final Map<String, Integer> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public SchemaRegistryClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String url() {
        return baseUrl;
    }

    /** Registers {@code schema} under {@code subject} (once per subject) and answers its id. */
    public int register(String subject, Schema schema) {
        Integer known = idsBySubject.get(subject);
        if (known != null) {
            return known;
        }
        String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
        JsonNode answer = call(HttpRequest.newBuilder(uri("/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                        + "/versions")).POST(HttpRequest.BodyPublishers.ofString(body)),
                "registering " + schema.getFullName() + " under subject " + subject);
        int id = answer.path("id").asInt(-1);
        if (id < 0) {
            throw new SerializationException("schema registry " + baseUrl + " answered no id when registering "
                    + schema.getFullName() + " under " + subject + ": " + answer);
        }
        idsBySubject.put(subject, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The schema the registry holds under {@code id}. */
    public Schema schemaById(int id) {
        Schema known = schemasById.get(id);
        if (known != null) {
            return known;
        }
        JsonNode answer = call(HttpRequest.newBuilder(uri("/schemas/ids/" + id)).GET(), "fetching schema id " + id);
        Schema schema = new Schema.Parser().parse(answer.path("schema").asText());
        schemasById.put(id, schema);
        return schema;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private JsonNode call(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10))
                    .header("Content-Type", CONTENT_TYPE).header("Accept", CONTENT_TYPE).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SerializationException("schema registry " + baseUrl + " refused " + what + ": HTTP "
                        + response.statusCode() + " " + response.body() + "; check schema.registry.url and the"
                        + " subject's compatibility setting");
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SerializationException("schema registry " + baseUrl + " unreachable while " + what + " ("
                    + e + "); check schema.registry.url and that the registry runs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("interrupted while " + what, e);
        }
    }
}
