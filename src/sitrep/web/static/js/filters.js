// The filter bar shared by the incidents table, the map and the timeline. Filters live in the
// route's query (#/map?cause=shot_down), so every view of the same filters is a shareable link.

import { getJSON, queryString } from "./api.js";
import { fileLink, fill, h } from "./dom.js";
import { CATEGORIES, CAUSES, STATUSES, humanize } from "./labels.js";

export const FILTER_KEYS = ["start", "end", "country", "family", "category", "cause", "status", "q"];
const EXPORTS = [["csv", "CSV"], ["json", "JSON"], ["geojson", "GeoJSON"], ["parquet", "Parquet"]];

/** The filter values present in route params. */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) if (params[key]) filters[key] = params[key];
  return filters;
}

let bar = null;
let options = null;

function select(name, label, values, describe = humanize) {
  const el = h("select", { name, id: `filter-${name}`, "aria-label": label }, h("option", { value: "" }, `any ${label}`));
  for (const value of values) el.append(h("option", { value }, describe(value)));
  return h("label", { class: "field" }, h("span", {}, label), el);
}

function ensureOption(selectEl, value) {
  if (value && ![...selectEl.options].some((o) => o.value === value)) selectEl.append(h("option", { value }, value));
}

async function facetValues() {
  if (!options) {
    options = getJSON("stats").then((stats) => ({
      country: stats.by_country.map((c) => c.key).filter(Boolean).sort(),
      family: stats.by_family.map((c) => c.key).filter(Boolean).sort(),
    }));
    options.catch(() => (options = null));
  }
  return options;
}

function build(onChange) {
  const form = h(
    "form",
    { class: "filterbar", id: "filter-form", onsubmit: (e) => e.preventDefault() },
    h("label", { class: "field" }, h("span", {}, "from"), h("input", { type: "date", name: "start", id: "filter-start" })),
    h("label", { class: "field" }, h("span", {}, "to"), h("input", { type: "date", name: "end", id: "filter-end" })),
    select("country", "country", []),
    select("family", "family", []),
    select("category", "category", CATEGORIES),
    select("cause", "cause", CAUSES),
    select("status", "status", STATUSES),
    h(
      "label",
      { class: "field grow" },
      h("span", {}, "search"),
      h("input", { type: "search", name: "q", id: "filter-q", placeholder: "aircraft, place, operator, words in the evidence…", maxlength: 500 }),
    ),
    h("button", { type: "button", class: "secondary", id: "filter-clear" }, "Clear"),
  );
  const exports = h("div", { class: "exports", id: "exports" });
  const values = () => Object.fromEntries(FILTER_KEYS.map((key) => [key, form.elements[key].value.trim()]));
  let typing = null;
  form.addEventListener("change", () => onChange(values()));
  form.elements.q.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => onChange(values()), 350);
  });
  form.querySelector("#filter-clear").addEventListener("click", () => {
    form.reset();
    onChange(values());
  });
  facetValues()
    .then((facets) => {
      for (const key of ["country", "family"]) {
        const el = form.elements[key];
        const current = el.value;
        for (const value of facets[key]) ensureOption(el, value);
        el.value = current;
      }
    })
    .catch(() => {}); // the selects stay usable with the values the route gives
  return h("div", { class: "filterwrap" }, form, exports);
}

/** Show the bar with the route's filters; `onChange(values)` is called when the user changes one. */
export function showFilters(container, params, onChange) {
  if (!bar) {
    bar = build((values) => bar.onChange(values));
    fill(container, bar);
  }
  bar.onChange = onChange;
  container.hidden = false;
  const form = bar.querySelector("form");
  for (const key of FILTER_KEYS) {
    const el = form.elements[key];
    if (el === document.activeElement) continue;
    if (el.tagName === "SELECT") ensureOption(el, params[key]);
    el.value = params[key] || "";
  }
  const query = queryString(filtersOf(params));
  fill(
    bar.querySelector("#exports"),
    h("span", { class: "muted" }, "Export the filtered incidents:"),
    EXPORTS.map(([format, label]) => fileLink(`/api/export.${format}${query}`, label)),
  );
}

export function hideFilters(container) {
  container.hidden = true;
}
