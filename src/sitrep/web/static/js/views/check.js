// "Check a claim": /api/check's verdict, reason, per-field checks with their evidence, and the
// nearest incidents.

import { getJSON } from "../api.js";
import { chip, externalLink, h, internalLink, message, replace, route, table } from "../dom.js";
import { humanize, valueLabel } from "../labels.js";

function label(field, value) {
  if (value === null || value === undefined) return "—";
  const text = valueLabel(field, value);
  return value && value.negated ? `not ${text}` : text;
}

function claimed(field, value) {
  const written = value && typeof value === "object" ? value.as_written : null;
  return [label(field, value), written ? h("div", { class: "muted small" }, `“${written}”`) : null];
}

function evidenceList(items) {
  if (!items || !items.length) return h("span", { class: "muted" }, "no evidence");
  return h(
    "ul",
    { class: "check-evidence" },
    items.map((e) =>
      h(
        "li",
        {},
        h(
          "div",
          { class: "source-head" },
          e.relation ? chip("relation", e.relation) : null,
          e.value !== undefined ? h("strong", {}, label("", e.value)) : null,
          e.article_id ? internalLink(route("article", e.article_id), { class: "outlet" }, e.outlet || e.article_id) : h("span", {}, e.outlet || "unknown source"),
          h("span", { class: "says" }, e.attributed_to || "the outlet"),
          e.stance ? chip("stance", e.stance) : null,
          e.url ? externalLink(e.url, "source ↗") : null,
        ),
        h("blockquote", { class: "evidence" }, h("span", { class: "sentence" }, e.text || "")),
      ),
    ),
  );
}

function constraintsList(constraints) {
  const entries = Object.entries(constraints || {}).filter(([, value]) => value !== null && value !== undefined);
  if (!entries.length) return h("p", { class: "muted" }, "Nothing in the claim could be read as a checkable fact.");
  return h("dl", { class: "record compact" }, entries.map(([field, value]) => [h("dt", {}, humanize(field)), h("dd", {}, claimed(field, value))]));
}

function tableSection(title, kind, titles, items, row) {
  if (!items || !items.length) return null;
  return h("section", {}, h("h2", {}, title), table(kind, titles, items.map(row)));
}

function checksTable(checks) {
  return tableSection("Field by field", "checks", ["Field", "Claimed", "Verdict", "Why", "Evidence"], checks, (c) =>
    h(
      "tr",
      { "data-field": c.field },
      h("td", {}, humanize(c.field)),
      h("td", {}, claimed(c.field, c.claimed)),
      h("td", {}, chip("verdict", c.verdict, humanize(c.verdict))),
      h("td", {}, c.reason || ""),
      h("td", {}, evidenceList(c.evidence)),
    ),
  );
}

function candidatesTable(candidates) {
  return tableSection("Nearest incidents", "candidates", ["Incident", "Score", "Date", "Aircraft", "Country", "Cause"], candidates, (c) =>
    h(
      "tr",
      {},
      h("td", {}, internalLink(route("incident", c.incident_id), { class: "mono" }, c.incident_id)),
      h("td", { class: "num" }, typeof c.score === "number" ? c.score.toFixed(2) : String(c.score ?? "")),
      h("td", { class: "mono" }, label("date", c.date)),
      h("td", {}, label("aircraft", c.aircraft)),
      h("td", {}, label("country", c.country)),
      h("td", {}, label("cause", c.cause)),
    ),
  );
}

export async function renderCheck(page, { params }) {
  const claim = (params.claim || "").trim();
  page.append(h("h1", {}, "Check a claim"));
  if (!claim) {
    page.append(message("info", "Write a claim in the box above — who lost which aircraft, where, when, how — and sitrep compares it with the sourced incidents."));
    return;
  }
  page.append(h("blockquote", { class: "claim", id: "claim-text" }, claim));
  const status = h("p", { class: "muted" }, "Checking…");
  page.append(status);
  let result;
  try {
    result = await getJSON("check", { claim });
  } catch (error) {
    replace(
      status,
      error.status === 404
        ? message("info", "Claim checking is not available on this server yet. The incidents, their sources and the map work as usual.")
        : message("error", `The claim could not be checked: ${error.message}`),
    );
    return;
  }
  replace(
      status,
    h(
      "section",
      { class: ["verdict", `verdict-${result.verdict}`], id: "verdict" },
      h("div", { class: "verdict-line" }, chip("verdict", result.verdict, humanize(result.verdict)), h("span", { class: "reason" }, result.reason || "")),
      result.incident_id ? h("div", {}, "Matched incident: ", internalLink(route("incident", result.incident_id), { class: "mono" }, result.incident_id)) : null,
    ),
    h("section", {}, h("h2", {}, "What the claim says"), constraintsList(result.constraints)),
    checksTable(result.checks),
    candidatesTable(result.candidates),
  );
}
