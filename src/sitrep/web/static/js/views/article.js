// One article: metadata, the clean text with every evidence span marked by incident, the values it
// states, and the raw text and removed boilerplate in collapsible blocks.

import { article } from "../api.js";
import { chip, externalLink, h, internalLink, message, replace, route, table } from "../dom.js";
import { markedText } from "../evidence.js";
import { humanize } from "../labels.js";

const PALETTE_SIZE = 6;

function incidentsLegend(order, spans) {
  return h(
    "ul",
    { class: "incident-legend", "aria-label": "incidents in this article" },
    [...order].map(([incidentId, index]) => {
      const own = spans.filter((span) => span.incident_id === incidentId);
      const roles = [...new Set(own.map((span) => span.role))];
      return h(
        "li",
        { class: `hl-${index % PALETTE_SIZE}` },
        h("span", { class: "swatch" }),
        incidentId ? internalLink(route("incident", incidentId), { class: "mono" }, incidentId) : h("span", { class: "muted" }, "no incident"),
        " ",
        roles.map((role) => chip("role", role)),
        h("span", { class: "muted" }, ` ${own.length} value${own.length === 1 ? "" : "s"}`),
      );
    }),
  );
}

function spansTable(spans, order) {
  return table(
    "spans",
    ["Field", "Value", "Words", "Who says it", "Stance", "Incident"],
    spans.map((span, i) =>
      h(
        "tr",
        { class: `hl-${order.get(span.incident_id) % PALETTE_SIZE}`, "data-span": i },
        h("td", {}, humanize(span.field)),
        h("td", {}, span.field === "cause" ? humanize(span.value) : String(span.value ?? "—")),
        h("td", { class: "quote" }, span.words),
        h("td", {}, span.attributed_to || ""),
        h("td", {}, chip("stance", span.stance)),
        h("td", {}, span.incident_id ? internalLink(route("incident", span.incident_id), { class: "mono" }, span.incident_id) : "—"),
      ),
    ),
  );
}

export async function renderArticle(page, { parts }) {
  const id = parts.join("/");
  const loading = h("p", { class: "muted" }, `Loading ${id}…`);
  page.append(loading);
  let data;
  try {
    data = await article(id);
  } catch (error) {
    replace(loading, message("error", error.status === 404 ? `There is no article ${id}.` : `The article could not be loaded: ${error.message}`));
    return;
  }
  const text = data.clean_text || "";
  const spans = (data.spans || []).map((span) => ({ ...span, words: text.slice(span.start, span.end) }));
  const order = new Map();
  for (const span of spans) if (!order.has(span.incident_id)) order.set(span.incident_id, order.size);
  const describe = (covering) => ({
    class: ["hl", `hl-${order.get(covering[0].incident_id) % PALETTE_SIZE}`],
    title: covering.map((span) => `${humanize(span.field)}: ${span.value ?? "—"} — ${span.attributed_to || "the outlet"} (${span.stance}) → ${span.incident_id || "no incident"}`).join("\n"),
    "data-incident": covering[0].incident_id || "",
  });
  document.title = `${data.title || data.id} · sitrep`;
  replace(
    loading,
    h("nav", { class: "crumbs" }, internalLink("#/articles", {}, "‹ Articles")),
    h(
      "header",
      { class: "article-head" },
      h("h1", { id: "article-title" }, data.title || data.id),
      h(
        "div",
        { class: "meta" },
        h("span", {}, data.outlet || "unknown outlet"),
        h("span", {}, data.published ? `published ${data.published}` : "no publication date"),
        data.language ? h("span", {}, `language ${data.language}`) : null,
        data.relevant ? chip("relevant", "yes", "reports an aircraft loss") : chip("relevant", "no", `not relevant${data.note ? `: ${data.note}` : ""}`),
        h("span", { class: "mono muted" }, data.id),
      ),
      h("div", { class: "meta url" }, h("span", { class: "muted" }, "URL "), data.url ? externalLink(data.url) : h("span", { class: "muted" }, "none")),
    ),
    h(
      "div",
      { class: "article-body" },
      h(
        "section",
        { class: "article-main" },
        h("h2", {}, "Clean text"),
        h("p", { class: "muted hint" }, "Marked words are the evidence for a value; hover a mark to see the field, the source and the incident."),
        h("div", { class: "article-text", id: "clean-text" }, markedText(text, spans, describe)),
      ),
      h(
        "aside",
        { class: "article-side" },
        h("h2", {}, "Incidents this article tells"),
        spans.length ? incidentsLegend(order, spans) : h("p", { class: "muted" }, "None: no value in this article was read as an aircraft loss."),
      ),
    ),
    spans.length ? h("details", { class: "raw", open: true }, h("summary", {}, `Values stated (${spans.length})`), spansTable(spans, order)) : null,
    h("details", { class: "raw" }, h("summary", {}, "Raw text, as read"), h("pre", { id: "raw-text" }, data.raw_text || "")),
    (data.removed_lines || []).length
      ? h("details", { class: "raw" }, h("summary", {}, `Boilerplate lines removed (${data.removed_lines.length})`), h("ul", { class: "removed" }, data.removed_lines.map((line) => h("li", {}, line))))
      : null,
  );
}
