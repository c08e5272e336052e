// CPU time a Node.js consumer spends decompressing the application's output, per record: kafkajs's
// built-in GZIP codec (Node's zlib) against an LZ4 codec in plain JavaScript (lz4js).
// Input: the record sections written by CompressionCost (one record per batch, as the application
// produces under exactly-once). lz4js comes from the Node example's packages (npm ci --prefix examples/node):
//   java -cp bench/target/benchmarks.jar org.sahelwatch.bench.CompressionCost target/sections
//   NODE_PATH=examples/node/node_modules node bench/node/decompress.js target/sections
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const lz4 = require('lz4js');

const dir = process.argv[2];
const codecs = {
  gzip: buf => zlib.gunzipSync(buf), // what kafkajs's GZIP codec runs (zlib.unzip, here synchronous)
  lz4: buf => Buffer.from(lz4.decompress(buf)),
  none: buf => buf,
};
const ROUNDS = 2000;
for (const [codec, decompress] of Object.entries(codecs)) {
  const sections = fs.readdirSync(dir).filter(f => f.startsWith(`${codec}-`)).map(f => fs.readFileSync(path.join(dir, f)));
  let bytes = 0;
  for (let i = 0; i < ROUNDS; i++) for (const s of sections) bytes += decompress(s).length; // warm-up
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) for (const s of sections) bytes += decompress(s).length;
  const used = process.cpuUsage(start);
  const micros = (used.user + used.system) / ROUNDS / sections.length;
  console.log(`${codec.padEnd(5)} ${sections.length} records, ${micros.toFixed(1)} µs CPU per record (${bytes} bytes read)`);
}
