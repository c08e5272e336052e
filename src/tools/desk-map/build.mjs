// Builds src/main/resources/desk/sahel-admin1.json (the dashboard's offline map) from Natural Earth admin-1 TopoJSON.
// Run from the project root: node src/tools/desk-map/build.mjs [OUT] [TOLERANCE_DEGREES] (needs ../shared beside the project).
// Simplifies each shared arc once (Douglas-Peucker), so neighbouring polygons keep identical edges.
import fs from 'node:fs';
const SRC = process.env.NE_ADMIN1 || '../shared/data/gazetteer/naturalearth/ne_10m_admin_1_sahel.topo.json';
const OUT = process.argv[2] || 'src/main/resources/desk/sahel-admin1.json';
const TOL = Number(process.argv[3] || 0.02);   // degrees
const topo = JSON.parse(fs.readFileSync(SRC, 'utf8'));
const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;

const decoded = topo.arcs.map(arc => { let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });

function dp(pts, tol) {
  if (pts.length <= 2) return pts.slice();
  const keep = new Uint8Array(pts.length); keep[0] = keep[pts.length - 1] = 1;
  // closed arc (ring-arc): split at the farthest point from start so DP has a baseline
  const stack = [];
  const closed = pts[0][0] === pts.at(-1)[0] && pts[0][1] === pts.at(-1)[1];
  if (closed) { let far = 1, fd = -1;
    for (let i = 1; i < pts.length - 1; i++) { const d = Math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]); if (d > fd) { fd = d; far = i; } }
    keep[far] = 1; stack.push([0, far], [far, pts.length - 1]);
  } else stack.push([0, pts.length - 1]);
  while (stack.length) { const [a, b] = stack.pop(); if (b - a < 2) continue;
    const [ax, ay] = pts[a], [bx, by] = pts[b], L = Math.hypot(bx - ax, by - ay);
    let idx = -1, md = -1;
    for (let i = a + 1; i < b; i++) { const [px, py] = pts[i];
      const d = L === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / L;
      if (d > md) { md = d; idx = i; } }
    if (md > tol) { keep[idx] = 1; stack.push([a, idx], [idx, b]); } }
  return pts.filter((_, i) => keep[i]);
}
const r2 = v => Math.round(v * 100) / 100;
const arcs = decoded.map(a => { const out = [];
  for (const [x, y] of dp(a, TOL)) { const p = [r2(x), r2(y)]; const l = out.at(-1);
    if (!l || l[0] !== p[0] || l[1] !== p[1]) out.push(p); }
  if (out.length === 1) out.push(out[0].slice());
  return out; });

function ring(ids) { const pts = [];
  for (const id of ids) { const a = id >= 0 ? arcs[id] : arcs[~id].slice().reverse();
    for (let i = 0; i < a.length; i++) { if (i === 0 && pts.length) continue; const l = pts.at(-1), p = a[i];
      if (!l || l[0] !== p[0] || l[1] !== p[1]) pts.push(p); } }
  if (pts.length && (pts[0][0] !== pts.at(-1)[0] || pts[0][1] !== pts.at(-1)[1])) pts.push(pts[0].slice());
  return pts; }
const area = r => { let s = 0; for (let i = 0; i < r.length - 1; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1]; return s / 2; };

const geoms = topo.objects.ne_10m_admin_1_states_provinces.geometries;
const arcUse = new Map();   // arc index -> Set of iso_a2
const features = [];
for (const g of geoms) {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  for (const p of polys) for (const r of p) for (const id of r) { const k = id >= 0 ? id : ~id;
    if (!arcUse.has(k)) arcUse.set(k, []); arcUse.get(k).push(g.properties.iso_a2); }
  const outPolys = polys.map(p => { const rs = p.map(ring); if (rs[0].length < 4) return null;
    return [rs[0], ...rs.slice(1).filter(r => r.length >= 4)]; }).filter(Boolean);
  if (!outPolys.length) { console.warn('dropped (degenerate):', g.properties.name); continue; }
  features.push({ type: 'Feature', properties: { name: g.properties.name, iso_a2: g.properties.iso_a2 },
    geometry: outPolys.length === 1 ? { type: 'Polygon', coordinates: outPolys[0] } : { type: 'MultiPolygon', coordinates: outPolys } });
}
// Country borders and coasts: arcs used once (outer edge of the set) or shared by two countries.
const borders = [];
for (const [k, users] of arcUse) if (users.length === 1 || new Set(users).size > 1) borders.push(arcs[k]);
let minx = 180, miny = 90, maxx = -180, maxy = -90;
for (const f of features) JSON.stringify(f.geometry.coordinates).replace(/\[(-?[\d.]+),(-?[\d.]+)\]/g, (_, x, y) => {
  minx = Math.min(minx, +x); maxx = Math.max(maxx, +x); miny = Math.min(miny, +y); maxy = Math.max(maxy, +y); });
const fc = { type: 'FeatureCollection',
  attribution: 'Boundaries from Natural Earth (public domain), 1:10m admin-1, via elastic/ems-file-service',
  note: `Generated from ne_10m_admin_1_sahel.topo.json: Douglas-Peucker ${TOL} deg per shared arc, rounded to 2 decimals. countryBorders = arcs between two countries or on the outer edge.`,
  bbox: [minx, miny, maxx, maxy],
  countryBorders: { type: 'MultiLineString', coordinates: borders },
  features };
const json = JSON.stringify(fc);
fs.writeFileSync(OUT, json + '\n');
let pts = 0; for (const a of arcs) pts += a.length;
console.log(`features ${features.length}/${geoms.length}, borders ${borders.length}, arc points ${pts}, bytes ${json.length}`);
