/**
 * The monitoring desk: an HTTP server inside the application (Javalin) with the live dashboard,
 * alerts pushed by Server-Sent Events from a consumer of the alerts and surges topics, a JSON query
 * API over Kafka Streams interactive queries (forwarded to the instance that owns a key), health
 * and Prometheus metrics. It reads state only through Kafka: never through the pipeline's classes.
 */
package org.sahelwatch.desk;
