package org.sahelwatch.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelwatch.avro.EventType;
import org.sahelwatch.avro.Severity;

/** The OpenAPI description the desk serves at /openapi.json: valid OpenAPI 3, and true to what the API accepts. */
class OpenApiDescriptionTest {

    private static SwaggerParseResult parse() throws Exception {
        try (InputStream in = OpenApiDescriptionTest.class.getResourceAsStream("/desk/openapi.json")) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            return new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, options);
        }
    }

    @Test
    void shouldBeValidOpenApiWithEveryPublicRoute() throws Exception {
        SwaggerParseResult result = parse();

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsOnlyKeys("/api/incidents", "/api/incidents/{alertId}",
                "/api/regions/{admin1}/incidents", "/api/stream", "/health", "/metrics", "/openapi.json");
    }

    @Test
    void shouldListTheParametersAndValuesTheQueryApiAccepts() throws Exception {
        OpenAPI api = parse().getOpenAPI();
        List<Parameter> listing = api.getPaths().get("/api/incidents").getGet().getParameters();

        assertThat(listing).extracting(Parameter::getName).containsExactlyElementsOf(IncidentFilter.PUBLIC_PARAMETERS);
        assertThat(api.getComponents().getParameters().get("severity").getSchema().getEnum())
                .containsExactlyElementsOf(Arrays.stream(Severity.values()).map(Enum::name).toList());
        assertThat(api.getComponents().getParameters().get("eventType").getSchema().getEnum())
                .containsExactlyElementsOf(Arrays.stream(EventType.values()).map(Enum::name).toList());
        assertThat(api.getComponents().getParameters().get("country").getSchema().getEnum())
                .containsAll(IncidentFilter.COUNTRIES.keySet());
    }
}
