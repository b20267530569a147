// Rebuilds static/vendor/countries-110m.geojson from Natural Earth via the world-atlas package:
//   npm pack world-atlas@2.0.2 topojson-client@3.1.0 && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node make_countries.cjs world-atlas-2.0.2/package/countries-110m.json topojson-client-3.1.0/package static/vendor/countries-110m.geojson
// For a flat (Web Mercator) map: coordinates rounded to 0.01°, Antarctica dropped, rings that
// cross the antimeridian (Russia, Fiji) unwrapped east of 180° so no stripe crosses the map.
const fs = require("fs");
const path = require("path");

const [source, topojsonClient, target] = process.argv.slice(2);
const topojson = require(path.resolve(topojsonClient, "dist/topojson-client.js"));
const topology = JSON.parse(fs.readFileSync(source, "utf8"));
const countries = topojson.feature(topology, topology.objects.countries);

const crosses = (ring) => ring.some((p, i) => i && Math.abs(p[0] - ring[i - 1][0]) > 180);
const unwrap = (ring) => (crosses(ring) ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring);
const round = (ring) => ring.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);

countries.features = countries.features.filter((f) => f.properties.name !== "Antarctica");
for (const feature of countries.features) {
  const geometry = feature.geometry;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const fixed = polygons.map((polygon) => polygon.map((ring) => round(unwrap(ring))));
  geometry.coordinates = geometry.type === "Polygon" ? fixed[0] : fixed;
}
fs.writeFileSync(target, JSON.stringify(countries));
