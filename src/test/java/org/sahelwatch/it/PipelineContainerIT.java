package org.sahelwatch.it;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same scenario on a Kafka broker in Docker, for machines that have a Docker engine. Skipped
 * (never failed) where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @TempDir
    Path work;

    @Test
    void shouldTurnTheSeedArticleIntoAnAvroAlertOnADockerBroker() throws Exception {
        try (KidalScenario scenario = new KidalScenario(KAFKA.getBootstrapServers(), work.resolve("state"))) {
            scenario.ingestTheSeedArticle(work);
            scenario.awaitTheKidalAlert();
        }
    }
}
