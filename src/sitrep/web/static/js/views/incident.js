// One incident: the reconciled record, the conflicts, and for each field every value with its
// sources side by side, each source's sentence shown in its article's text.

import { article, getJSON } from "../api.js";
import { chip, externalLink, h, internalLink, message, replace, route, table } from "../dom.js";
import { evidenceInContext } from "../evidence.js";
import { FIELDS, aircraftLabel, dateLabel, humanize, placeLabel, valueLabel } from "../labels.js";

const COUNTS = ["killed", "wounded", "missing", "captured", "on_board"];

function headline(record) {
  const parts = [aircraftLabel(record.aircraft) || "Unknown aircraft", record.cause ? humanize(record.cause) : null, placeLabel(record.location)];
  return parts.filter(Boolean).join(" · ");
}

function reconciledValue(record, field) {
  return record[field] ?? null;
}

function summaryRows(record) {
  const rows = [];
  const add = (label, ...value) => rows.push(h("dt", {}, label), h("dd", {}, ...value));
  add("date", dateLabel(record.date) || "—", record.date ? h("span", { class: "muted" }, ` · precision ${record.date.precision}`) : null);
  add("aircraft", aircraftLabel(record.aircraft) || "—", record.aircraft && record.aircraft.family && record.aircraft.model !== record.aircraft.family ? h("span", { class: "muted" }, ` · family ${record.aircraft.family}`) : null);
  add("operator", record.operator || "—");
  const where = record.location;
  add(
    "location",
    placeLabel(where) || "—",
    where ? h("span", { class: "muted" }, ` · located to ${where.precision}${where.lat !== null && where.lat !== undefined ? ` · ${where.lat.toFixed(3)}, ${where.lon.toFixed(3)}` : ""}`) : null,
  );
  for (const field of ["cause", "weapon", "perpetrator"]) add(field, valueLabel(field, record[field]));
  for (const field of COUNTS) {
    const range = (record.casualty_ranges || {})[field];
    if (record[field] === null && !range) continue;
    const spread = range && range.low !== range.high ? h("span", { class: "muted" }, ` · sources say ${range.low}–${range.high}`) : null;
    add(humanize(field), String(record[field] ?? "—"), spread);
  }
  return h("dl", { class: "record" }, rows);
}

function conflictBox(conflicts) {
  if (!conflicts.length) return null;
  return h(
    "section",
    { class: "conflicts", id: "conflicts", "aria-label": "conflicts" },
    h("h2", {}, `Sources disagree on ${conflicts.length} field${conflicts.length === 1 ? "" : "s"}`),
    h(
      "ul",
      {},
      conflicts.map((c) => h("li", {}, h("button", { type: "button", class: "field-name link", "data-field": c.field, onclick: () => document.getElementById(`field-${c.field}`)?.scrollIntoView({ behavior: "smooth" }) }, humanize(c.field)), ": ", c.values.join(" vs "), h("span", { class: "muted" }, ` — ${c.why}`))),
    ),
  );
}

function sourcesTable(record) {
  const byArticle = new Map();
  for (const mention of record.mentions) {
    const entry = byArticle.get(mention.article_id) || { ...mention, roles: new Set() };
    entry.roles.add(mention.role);
    byArticle.set(mention.article_id, entry);
  }
  const rows = [...byArticle.values()].map((m) =>
    h(
      "tr",
      {},
      h("td", {}, internalLink(route("article", m.article_id), { class: "article-link" }, m.title || m.article_id)),
      h("td", {}, m.outlet || h("span", { class: "muted" }, "—")),
      h("td", {}, [...m.roles].map((role) => chip("role", role)), " "),
      h("td", { class: "url-cell" }, m.url ? externalLink(m.url) : h("span", { class: "muted" }, "no URL")),
      h("td", { class: "mono muted" }, m.article_id),
    ),
  );
  return h(
    "section",
    { class: "sources" },
    h("h2", {}, `Articles (${byArticle.size})`),
    table("articles", ["Title", "Outlet", "Role", "URL", "Article id"], rows),
  );
}

function sourceItem(source, articles) {
  const evidence = { ...source.evidence, stance: source.stance };
  const articleData = articles.get(source.article_id);
  const title = articleData && articleData.title;
  return h(
    "li",
    { class: ["source", `stance-${source.stance}`], "data-article": source.article_id },
    h(
      "div",
      { class: "source-head" },
      internalLink(route("article", source.article_id), { class: "outlet", title: title || source.article_id }, source.outlet || source.article_id),
      h("span", { class: "says" }, source.attributed_to || "the outlet"),
      chip("stance", source.stance),
    ),
    evidenceInContext(evidence, articleData),
  );
}

function fieldSection(record, field, conflict, articles) {
  const values = (record.values || {})[field] || [];
  if (!values.length) return null;
  const reconciled = valueLabel(field, reconciledValue(record, field));
  const cards = values.map((entry) => {
    const label = valueLabel(field, entry.value);
    const denied = entry.sources.every((src) => src.stance === "denied");
    return h(
      "div",
      { class: ["value-card", label === reconciled ? "reconciled" : null, denied ? "denied" : null], "data-value": label },
      h(
        "div",
        { class: "value-head" },
        h("span", { class: "value-label" }, denied ? `not ${label}` : label),
        label === reconciled ? h("span", { class: "badge" }, "reconciled") : null,
        h("span", { class: "muted" }, `${entry.sources.length} source${entry.sources.length === 1 ? "" : "s"}`),
      ),
      h("ul", { class: "source-list" }, entry.sources.map((source) => sourceItem(source, articles))),
    );
  });
  return h(
    "section",
    { class: ["field-values", conflict ? "conflict" : null], id: `field-${field}`, "data-field": field },
    h("h3", {}, humanize(field), conflict ? h("span", { class: "conflict-flag" }, `⚑ conflict: ${conflict.why}`) : null),
    h("div", { class: "value-cards" }, cards),
  );
}

async function loadArticles(record) {
  const ids = [...new Set(record.mentions.map((m) => m.article_id))];
  const loaded = await Promise.all(ids.map((id) => article(id).catch(() => null)));
  return new Map(ids.map((id, i) => [id, loaded[i]]));
}

export async function renderIncident(page, { parts, params, navigate }) {
  const id = parts[0] || "";
  const loading = h("p", { class: "muted" }, `Loading ${id}…`);
  page.append(loading);
  let record;
  try {
    record = await getJSON(`incidents/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error.status === 404 && typeof error.body.successor === "string" && error.body.successor !== id) {
      navigate("incident", { merged: id }, [error.body.successor], { replace: true });
      return;
    }
    replace(loading, message("error", error.status === 404 ? `There is no incident ${id}.` : `The incident could not be loaded: ${error.message}`));
    return;
  }
  const articles = await loadArticles(record);
  const conflicts = new Map((record.conflicts || []).map((c) => [c.field, c]));
  document.title = `${headline(record)} · sitrep`;
  replace(
    loading,
    params.merged ? message("info", `Incident ${params.merged} was merged into this one; you were taken to its successor.`) : "",
    h("nav", { class: "crumbs" }, internalLink("#/incidents", {}, "‹ Incidents")),
    h(
      "header",
      { class: "incident-head" },
      h("h1", {}, headline(record)),
      h("div", { class: "meta" }, h("span", { class: "mono", id: "incident-id" }, record.id), chip("status", record.status), record.date ? h("span", {}, dateLabel(record.date)) : null),
    ),
    h("div", { class: "incident-top" }, h("section", { class: "reconciled" }, h("h2", {}, "Reconciled record"), summaryRows(record)), conflictBox(record.conflicts || [])),
    sourcesTable(record),
    h(
      "section",
      { class: "by-field" },
      h("h2", {}, "Every value, by source"),
      h("p", { class: "muted hint" }, "Each source's sentence in its article's text, the value's words marked; sentences around it in grey."),
      FIELDS.map((field) => fieldSection(record, field, conflicts.get(field), articles)),
    ),
  );
}
