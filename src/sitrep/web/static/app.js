// sitrep's web page: a hash router over the views in js/views/. No build step; ES modules only.

import { queryString } from "./js/api.js";
import { fill, h, internalLink, message } from "./js/dom.js";
import { filtersOf, hideFilters, showFilters } from "./js/filters.js";
import { renderArticle } from "./js/views/article.js";
import { renderArticles } from "./js/views/articles.js";
import { renderCheck } from "./js/views/check.js";
import { renderIncident } from "./js/views/incident.js";
import { renderIncidents } from "./js/views/incidents.js";
import { renderMap } from "./js/views/map.js";
import { renderTimeline } from "./js/views/timeline.js";

const VIEWS = {
  incidents: { render: renderIncidents, filters: true, title: "Incidents" },
  map: { render: renderMap, filters: true, title: "Map" },
  timeline: { render: renderTimeline, filters: true, title: "Timeline" },
  incident: { render: renderIncident, title: "Incident" },
  article: { render: renderArticle, title: "Article" },
  articles: { render: renderArticles, title: "Articles" },
  check: { render: renderCheck, title: "Check a claim" },
};

const main = document.getElementById("view");
const filterSection = document.getElementById("filters");
let cleanup = null;
let lastFilters = {}; // the incidents table, the map and the timeline share their filters

/** #/incident/inc-1?x=1 → {view: "incident", parts: ["inc-1"], params: {x: "1"}} */
function parseRoute(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const [view, ...parts] = path.split("/").map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  return { view: view || "incidents", parts, params: Object.fromEntries(new URLSearchParams(query)) };
}

function navigate(view, params = {}, parts = [], { replace = false } = {}) {
  const hash = `#/${[view, ...parts.map(encodeURIComponent)].join("/")}${queryString(params)}`;
  if (replace) {
    history.replaceState(null, "", hash);
    render();
  } else if (location.hash !== hash) location.hash = hash;
  else render();
}

async function render() {
  const { view, parts, params } = parseRoute(location.hash);
  const spec = Object.hasOwn(VIEWS, view) ? VIEWS[view] : null;
  if (cleanup) cleanup();
  cleanup = null;
  if (spec && spec.filters) lastFilters = filtersOf(params);
  for (const tab of document.querySelectorAll(".tabs a")) {
    if (tab.dataset.view === view) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
    if (VIEWS[tab.dataset.view].filters) tab.href = `#/${tab.dataset.view}${queryString(lastFilters)}`;
  }
  const page = h("div", { class: `page page-${view}` });
  fill(main, page);
  if (!spec) {
    hideFilters(filterSection);
    page.append(message("error", "There is no such page here. ", internalLink("#/incidents", {}, "Back to the incidents")));
    return;
  }
  document.title = `${spec.title} · sitrep`;
  if (spec.filters) {
    showFilters(filterSection, params, (values) => navigate(view, { ...values, sort: params.sort, per_page: params.per_page }));
  } else hideFilters(filterSection);
  const claimInput = document.getElementById("claim-input");
  if (view === "check" && claimInput !== document.activeElement) claimInput.value = params.claim || "";
  try {
    const done = await spec.render(page, { parts, params, navigate });
    if (!done) return;
    if (page.isConnected) cleanup = done;
    else done(); // the user moved on while this view was loading
  } catch (error) {
    console.warn(error);
    page.append(message("error", `This page could not be shown: ${error.message}`));
  }
}

document.getElementById("claim-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const claim = document.getElementById("claim-input").value.trim();
  if (claim) navigate("check", { claim });
});

window.addEventListener("hashchange", render);
if (!location.hash) history.replaceState(null, "", "#/incidents");
render();
