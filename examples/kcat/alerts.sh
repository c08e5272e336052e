#!/bin/sh
# kcat reads Sahelwatch's topics as bytes: partitions, keys and sizes, and the raw bytes of one alert.
# Debian 12's kcat 1.7.1 is built without Avro support: decode the values with the Node.js or Python
# example, or save them (-f '%s') for your own reader.
#   sh examples/kcat/alerts.sh              (KAFKA_BROKERS defaults to localhost:9092)
set -eu
BROKERS=${KAFKA_BROKERS:-localhost:9092}

# the topic's partitions
kcat -b "$BROKERS" -L -t sahelwatch.alerts

# one line per committed alert (kcat reads committed records only): partition, offset, key, value size
kcat -b "$BROKERS" -C -t sahelwatch.alerts -o beginning -e -q -f 'partition %p offset %o key %k value %S bytes\n'

# the first bytes of one alert: C3 01 (single-object encoding), then the schema's 8-byte fingerprint
kcat -b "$BROKERS" -C -t sahelwatch.alerts -o beginning -c 1 -e -q -f '%s' | od -A d -t x1 -N 10
