/**
 * Routing: the rules of {@code config/routes.tsv} that send each alert version to the topics of the
 * alerting systems that want it (by country, minimum severity, event type, actor). Rules are
 * validated at start-up; a bad rule stops the application with the line and the reason.
 */
package org.sahelwatch.routing;
