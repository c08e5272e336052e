#!/usr/bin/python3
"""Reads Sahelwatch's alerts with Debian 12's python3-confluent-kafka and python3-avro; prints one line per alert.

    apt-get install python3-confluent-kafka python3-avro
    /usr/bin/python3 examples/python/consume_alerts.py

Environment: KAFKA_BROKERS (default localhost:9092), GROUP_ID (default sahelwatch-python-example),
MAX_ALERTS (stop after that many; default: run until Ctrl-C).
"""
import io
import json
import os
import pathlib

import avro.io
import avro.name
import avro.schema
from confluent_kafka import Consumer

SCHEMAS = pathlib.Path(__file__).resolve().parent.parent.parent / "schemas"


def load_schema(name, names=None):
    """Parses schemas/<name>.avsc after the schemas it names (RegionTag, Mention ...), into one set of names."""
    names = names if names is not None else avro.name.Names()
    data = json.loads((SCHEMAS / f"{name}.avsc").read_text(encoding="utf-8"))

    def refs(t):
        if isinstance(t, str):
            return [t] if (SCHEMAS / f"{t}.avsc").exists() else []
        if isinstance(t, list):
            return [r for x in t for r in refs(x)]
        if isinstance(t, dict):
            return refs(t.get("type")) + refs(t.get("items")) + refs(t.get("values")) + refs(
                [f["type"] for f in t.get("fields", [])])
        return []

    for ref in refs(data):
        if not names.has_name(ref, "org.sahelwatch.avro"):
            load_schema(ref, names)
    return avro.schema.make_avsc_object(data, names)


PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}


def canonical_form(schema):
    """The schema's Parsing Canonical Form. python3-avro 1.11.1 writes a primitive that carries a logicalType
    as {"type":"long"} where the specification (and Java) write "long": that alone changes the fingerprint."""
    def fix(j):
        if isinstance(j, dict):
            return j["type"] if set(j) == {"type"} and j["type"] in PRIMITIVES else {k: fix(v) for k, v in j.items()}
        return [fix(v) for v in j] if isinstance(j, list) else j
    return json.dumps(fix(schema.to_canonical_json()), separators=(",", ":"))


EMPTY = 0xC15D213AA4D7A795
TABLE = []
for i in range(256):
    fp = i
    for _ in range(8):
        fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
    TABLE.append(fp)


def crc64(data):
    """CRC-64-AVRO, the fingerprint of Avro's single-object encoding."""
    fp = EMPTY
    for b in data:
        fp = (fp >> 8) ^ TABLE[(fp ^ b) & 0xFF]
    return fp


ALERT = load_schema("ConflictAlert")
FINGERPRINT = crc64(canonical_form(ALERT).encode("utf-8"))
READER = avro.io.DatumReader(ALERT)


def decode_alert(buf):
    """Avro single-object encoding: C3 01, the 8-byte little-endian fingerprint, the Avro binary body."""
    if len(buf) < 10 or buf[:2] != b"\xc3\x01":
        raise ValueError("not Avro single-object encoding")
    if int.from_bytes(buf[2:10], "little") != FINGERPRINT:
        raise ValueError("written with a schema this reader does not know")
    return READER.read(avro.io.BinaryDecoder(io.BytesIO(buf[10:])))  # timestamps arrive as datetime


def main():
    # librdkafka reads committed records only (isolation.level=read_committed) and hides transaction markers
    consumer = Consumer({
        "bootstrap.servers": os.environ.get("KAFKA_BROKERS", "localhost:9092"),
        "group.id": os.environ.get("GROUP_ID", "sahelwatch-python-example"),
        "auto.offset.reset": "earliest",
    })
    consumer.subscribe(["sahelwatch.alerts"])
    limit, seen = int(os.environ.get("MAX_ALERTS", "0")), 0
    try:
        while limit == 0 or seen < limit:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error():
                raise SystemExit(f"Kafka error: {msg.error()}")
            if msg.value() is None:
                continue  # a tombstone: no alert
            alert = decode_alert(msg.value())
            print(f"{alert['alertId']} v{alert['version']} {alert['severity']} {alert['headline']}", flush=True)
            seen += 1
    finally:
        consumer.close()


if __name__ == "__main__":
    main()
