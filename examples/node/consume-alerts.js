// Reads Sahelwatch's alerts with kafkajs and avsc, and prints one line per alert.
//   cd examples/node && npm ci && node consume-alerts.js
// Environment: KAFKA_BROKERS (default localhost:9092), GROUP_ID (default sahelwatch-node-example),
// MAX_ALERTS (stop after that many; default: run until Ctrl-C).
const fs = require('fs');
const path = require('path');
const avro = require('avsc');
const lz4 = require('lz4js');
const { Kafka, CompressionTypes, CompressionCodecs, logLevel } = require('kafkajs');

// The application's producers compress with LZ4, which kafkajs reads only through a codec: this one is
// plain JavaScript (lz4js), no native build. Consumers never compress, so compress is only for completeness.
CompressionCodecs[CompressionTypes.LZ4] = () => ({
  compress: async encoder => Buffer.from(lz4.compress(encoder.buffer)),
  decompress: async buffer => Buffer.from(lz4.decompress(buffer)),
});

const SCHEMAS = path.join(__dirname, '..', '..', 'schemas');

// Loads schemas/<name>.avsc after the schemas it names (RegionTag, Mention ...), into one registry.
function loadSchema(name, registry = {}) {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, `${name}.avsc`), 'utf8'));
  const refs = t => typeof t === 'string' ? (fs.existsSync(path.join(SCHEMAS, `${t}.avsc`)) ? [t] : [])
    : Array.isArray(t) ? t.flatMap(refs)
    : t && typeof t === 'object' ? [t.type, t.items, t.values, ...(t.fields || []).map(f => f.type)].flatMap(refs)
    : [];
  for (const ref of refs(schema)) {
    if (!registry[`org.sahelwatch.avro.${ref}`]) loadSchema(ref, registry);
  }
  return avro.Type.forSchema(schema, { registry });
}

// CRC-64-AVRO of the schema's Parsing Canonical Form (avsc's schema() is that form), as Java computes it.
const EMPTY = 0xc15d213aa4d7a795n;
const MASK = 0xffffffffffffffffn;
const TABLE = Array.from({ length: 256 }, (_, i) => {
  let fp = BigInt(i);
  for (let j = 0; j < 8; j++) fp = (fp >> 1n) ^ (EMPTY & (-(fp & 1n) & MASK));
  return fp;
});
const crc64 = text => {
  let fp = EMPTY;
  for (const b of Buffer.from(text, 'utf8')) fp = (fp >> 8n) ^ TABLE[Number((fp ^ BigInt(b)) & 0xffn)];
  return fp;
};

const alertType = loadSchema('ConflictAlert');
const FINGERPRINT = crc64(JSON.stringify(alertType.schema()));

// Avro single-object encoding: C3 01, the 8-byte little-endian fingerprint, the Avro binary body.
function decodeAlert(buf) {
  if (buf.length < 10 || buf[0] !== 0xc3 || buf[1] !== 0x01) throw new Error('not Avro single-object encoding');
  if (buf.readBigUInt64LE(2) !== FINGERPRINT) throw new Error('written with a schema this reader does not know');
  return alertType.fromBuffer(buf.subarray(10)); // timestamps arrive as epoch millis
}

const max = Number(process.env.MAX_ALERTS || 0);
const kafka = new Kafka({ brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','), logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: process.env.GROUP_ID || 'sahelwatch-node-example' });
let seen = 0;

(async () => {
  await consumer.connect();
  await consumer.subscribe({ topic: 'sahelwatch.alerts', fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (!message.value || (max > 0 && seen >= max)) return; // no value: a tombstone, no alert
      const alert = decodeAlert(message.value);
      console.log(`${alert.alertId} v${alert.version} ${alert.severity} ${alert.headline}`);
      if (max > 0 && ++seen === max) setImmediate(() => consumer.disconnect());
    },
  });
})().catch(e => { console.error(e); process.exit(1); });
