/**
 * Settings: every key declared once with its type, default, validator and documentation, in
 * Kafka's {@code ConfigDef} style. Values are layered defaults → properties file → environment
 * ({@code SAHELWATCH_*}) → command line, and a bad or unknown key fails start-up naming the key.
 */
package org.sahelwatch.config;
