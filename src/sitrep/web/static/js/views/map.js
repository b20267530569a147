// The map: Natural Earth country shapes (bundled GeoJSON, no tiles) and the filtered incidents as
// markers whose shape says how precisely they are located, clustered where dense.
/* global L */

import { allIncidents } from "../api.js";
import { chip, fill, h, internalLink, message, route } from "../dom.js";
import { filtersOf } from "../filters.js";
import { CAUSES, causeColor, humanize, rowAircraft, rowPlace } from "../labels.js";

const PRECISION = {
  place: { size: 12, label: "place: the spot a source names" },
  admin1: { size: 26, label: "region: somewhere in a first-level region" },
  country: { size: 38, label: "country: only the country is known" },
};
let countries = null;

function countryShapes() {
  if (!countries) {
    countries = fetch("/static/vendor/countries-110m.geojson").then((r) => {
      if (!r.ok) throw new Error(`country shapes: HTTP ${r.status}`);
      return r.json();
    });
    countries.catch(() => (countries = null));
  }
  return countries;
}

function incidentIcon(row) {
  const precision = Object.hasOwn(PRECISION, row.location_precision ?? "") ? row.location_precision : "country";
  const size = PRECISION[precision].size;
  const mark = h("span", { class: "mark" });
  mark.style.setProperty("--c", causeColor(row.cause));
  return L.divIcon({
    html: mark,
    className: `inc-marker p-${precision}${row.n_conflicts ? " conflicted" : ""}`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 30 : count < 50 ? 38 : 46;
  return L.divIcon({
    html: h("span", {}, String(count)),
    className: "cluster",
    iconSize: [size, size],
  });
}

function popup(row) {
  return h(
    "div",
    { class: "popup" },
    h("div", { class: "popup-title" }, rowAircraft(row) || "unknown aircraft"),
    h("div", { class: "mono" }, row.date || "undated"),
    h("div", {}, rowPlace(row) || "", h("span", { class: "muted" }, ` (${row.location_precision || "?"})`)),
    h("div", { class: "popup-chips" }, row.cause ? chip("cause", row.cause, humanize(row.cause)) : null, " ", chip("status", row.status)),
    row.killed !== null && row.killed !== undefined ? h("div", {}, `killed: ${row.killed}`) : null,
    internalLink(route("incident", row.id), { class: "popup-link" }, "Open the incident ›"),
  );
}

function legend() {
  const precision = Object.entries(PRECISION).map(([key, spec]) =>
    h("li", {}, h("span", { class: `legend-symbol inc-marker p-${key}` }, h("span", { class: "mark" })), spec.label),
  );
  const causes = [...CAUSES, null].map((cause) => {
    const swatch = h("span", { class: "swatch" });
    swatch.style.setProperty("--c", causeColor(cause));
    return h("li", {}, swatch, cause ? humanize(cause) : "no cause stated");
  });
  return h(
    "aside",
    { class: "map-legend", "aria-label": "legend" },
    h("div", { class: "legend-head" }, "Located to"),
    h("ul", {}, precision),
    h("div", { class: "legend-head" }, "Cause"),
    h("ul", { class: "legend-causes" }, causes),
    h("div", { class: "legend-note muted" }, "Numbers are clusters: click to zoom in."),
  );
}

export async function renderMap(page, { params }) {
  const summary = h("p", { class: "summary muted" }, "Loading the map…");
  const mapEl = h("div", { class: "map", id: "map" });
  page.append(summary, h("div", { class: "map-wrap" }, mapEl, legend()));
  let shapes, incidents;
  try {
    [shapes, incidents] = await Promise.all([countryShapes(), allIncidents(filtersOf(params))]);
  } catch (error) {
    fill(summary, message("error", `The map could not be loaded: ${error.message}`));
    return null;
  }
  if (!page.isConnected) return null;
  const located = incidents.rows.filter((row) => row.lat !== null && row.lon !== null && row.lat !== undefined);
  const missing = incidents.total - located.length;
  fill(
    summary,
    h("strong", {}, String(located.length)),
    ` incident${located.length === 1 ? "" : "s"} on the map`,
    missing ? ` · ${missing} without coordinates not shown` : "",
  );
  const map = L.map(mapEl, { attributionControl: false, minZoom: 1, maxZoom: 11, zoomSnap: 0.5, worldCopyJump: false });
  L.geoJSON(shapes, { interactive: false, style: { className: "country", weight: 0.6 } }).addTo(map);
  const cluster = L.markerClusterGroup({
    iconCreateFunction: clusterIcon,
    showCoverageOnHover: false,
    maxClusterRadius: 36,
    spiderfyDistanceMultiplier: 1.6,
  });
  for (const row of located) {
    const title = [row.date, rowAircraft(row), rowPlace(row)].filter(Boolean).join(" · ");
    const marker = L.marker([row.lat, row.lon], { icon: incidentIcon(row), title, riseOnHover: true });
    marker.bindPopup(() => popup(row), { maxWidth: 280 });
    cluster.addLayer(marker);
  }
  map.addLayer(cluster);
  if (located.length) map.fitBounds(cluster.getBounds().pad(0.4), { maxZoom: 5 });
  else map.setView([25, 15], 2);
  return () => map.remove();
}
