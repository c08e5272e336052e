package org.sahelwatch.pipeline;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.sahelwatch.avro.AlertStatus;
import org.sahelwatch.avro.ConflictAlert;

/**
 * The incident stage's output read by its consumers: a new version, or the withdrawal of an alert id
 * (its last version, marked with {@value IncidentAggregator#SUPERSEDED_BY_HEADER}).
 */
final class IncidentChanges {

    private IncidentChanges() {
    }

    static boolean isWithdrawal(FixedKeyRecord<String, ConflictAlert> record) {
        return record.headers().lastHeader(IncidentAggregator.SUPERSEDED_BY_HEADER) != null;
    }

    /** Versions as they are; a withdrawal becomes a tombstone (null value, header kept) for the compacted alert topics. */
    static FixedKeyProcessor<String, ConflictAlert, ConflictAlert> asTombstones() {
        return new Forwarder() {
            @Override
            public void process(FixedKeyRecord<String, ConflictAlert> record) {
                context.forward(isWithdrawal(record) ? record.withValue(null) : record);
            }
        };
    }

    /** What the surge count needs: alerts that are new (to the alert topic) and withdrawals, with an admin1. */
    static FixedKeyProcessor<String, ConflictAlert, ConflictAlert> newAndWithdrawn() {
        return new Forwarder() {
            @Override
            public void process(FixedKeyRecord<String, ConflictAlert> record) {
                boolean counted = isWithdrawal(record) || record.value().getStatus() == AlertStatus.NEW;
                if (counted && SahelwatchTopology.regionKey(record.value()) != null) {
                    context.forward(record);
                }
            }
        };
    }

    private abstract static class Forwarder implements FixedKeyProcessor<String, ConflictAlert, ConflictAlert> {
        FixedKeyProcessorContext<String, ConflictAlert> context;

        @Override
        public void init(FixedKeyProcessorContext<String, ConflictAlert> context) {
            this.context = context;
        }
    }
}
