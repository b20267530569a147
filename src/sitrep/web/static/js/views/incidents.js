// The incidents table: one page of /api/incidents with the filter bar's filters, sortable, paged.

import { getJSON } from "../api.js";
import { chip, fill, h, internalLink, message, route } from "../dom.js";
import { filtersOf } from "../filters.js";
import { humanize, rowPlace } from "../labels.js";
import { pager } from "./pager.js";

const COLUMNS = [
  { key: "date", label: "Date", sort: "date" },
  { key: "aircraft", label: "Aircraft" },
  { key: "operator", label: "Operator" },
  { key: "place", label: "Place", sort: "country" },
  { key: "cause", label: "Cause" },
  { key: "status", label: "Status", sort: "status" },
  { key: "killed", label: "Killed", sort: "killed", numeric: true },
  { key: "n_articles", label: "Sources", numeric: true },
  { key: "conflicts", label: "Conflicts" },
  { key: "title", label: "First report" },
];

const DATE_HINTS = { month_day: "the sources give no year", weekday: "only a weekday: no date to resolve it against" };

function dateText(row) {
  if (!row.date) return h("span", { class: "muted" }, "undated");
  if (row.date_precision === "month_day") return [h("span", { class: "muted" }, "yyyy"), row.date.slice(1)];
  if (row.date_precision === "weekday") return h("i", {}, row.date);
  return row.date;
}

function cell(column, row) {
  switch (column.key) {
    case "date":
      return h("td", { class: "nowrap mono" }, internalLink(route("incident", row.id), { class: "rowlink", title: Object.hasOwn(DATE_HINTS, row.date_precision ?? "") ? DATE_HINTS[row.date_precision] : null }, dateText(row)));
    case "aircraft":
      return h(
        "td",
        {},
        row.aircraft_model || row.aircraft_family || h("span", { class: "muted" }, row.aircraft_category || "unknown"),
        row.aircraft_model || row.aircraft_family ? h("span", { class: "muted small" }, ` ${row.aircraft_category || ""}`) : null,
      );
    case "place":
      return h(
        "td",
        { class: "place-cell" },
        row.location_precision ? h("span", { class: `precision p-${row.location_precision}`, title: `located to ${row.location_precision}` }) : null,
        rowPlace(row) || h("span", { class: "muted" }, "—"),
      );
    case "cause":
      return h("td", {}, row.cause ? chip("cause", row.cause, humanize(row.cause)) : h("span", { class: "muted" }, "—"));
    case "status":
      return h("td", {}, chip("status", row.status));
    case "conflicts":
      if (!row.n_conflicts) return h("td", {});
      const fields = [...new Set(row.conflicts.split(";").map((f) => humanize(f.trim())))].join(", ");
      return h("td", {}, h("span", { class: "conflict-flag", title: `sources disagree on: ${fields}` }, `⚑ ${fields}`));
    case "title":
      return h("td", { class: "title-cell", title: row.title || "" }, row.title || "");
    default: {
      const value = row[column.key];
      return h("td", { class: column.numeric ? "num" : null }, value ?? "");
    }
  }
}

function header(column, sort, onSort) {
  if (!column.sort) return h("th", { class: column.numeric ? "num" : null, scope: "col" }, column.label);
  const active = sort.replace(/^-/, "") === column.sort;
  const descending = sort.startsWith("-");
  const next = active ? (descending ? column.sort : `-${column.sort}`) : column.sort === "date" || column.sort === "killed" ? `-${column.sort}` : column.sort;
  return h(
    "th",
    { class: [column.numeric ? "num" : null, "sortable"], scope: "col", "aria-sort": active ? (descending ? "descending" : "ascending") : "none" },
    h("button", { type: "button", class: "sort", "data-sort": column.sort, onclick: () => onSort(next) }, column.label, h("span", { class: "arrow" }, active ? (descending ? "▼" : "▲") : "↕")),
  );
}

export async function renderIncidents(page, { params, navigate }) {
  const sort = params.sort || "-date";
  const perPage = Number(params.per_page) || 50;
  const pageNumber = Math.max(1, Number(params.page) || 1);
  const status = h("p", { class: "summary muted" }, "Loading incidents…");
  page.append(status);
  let result;
  try {
    result = await getJSON("incidents", { ...filtersOf(params), sort, page: pageNumber, per_page: perPage });
  } catch (error) {
    fill(status, message("error", `The incidents could not be loaded: ${error.message}`));
    return;
  }
  const go = (changes) => navigate("incidents", { ...params, ...changes });
  const first = result.total ? (result.page - 1) * result.per_page + 1 : 0;
  const last = Math.min(result.total, result.page * result.per_page);
  fill(status, h("strong", {}, String(result.total)), ` incident${result.total === 1 ? "" : "s"}`, result.total ? ` · showing ${first}–${last}` : "");
  if (!result.items.length) {
    page.append(message("info", result.total ? "This page is past the last incident." : "No incident matches these filters."));
    return;
  }
  const rows = result.items.map((row) => {
    const tr = h("tr", { "data-id": row.id, class: row.n_conflicts ? "has-conflict" : null }, COLUMNS.map((column) => cell(column, row)));
    tr.addEventListener("click", (event) => {
      if (!event.target.closest("a") && !window.getSelection().toString()) navigate("incident", {}, [row.id]);
    });
    return tr;
  });
  page.append(
    h(
      "table",
      { class: "grid incidents", id: "incident-table" },
      h("thead", {}, h("tr", {}, COLUMNS.map((column) => header(column, sort, (next) => go({ sort: next, page: 1 }))))),
      h("tbody", {}, rows),
    ),
    pager(result, (changes) => go(changes)),
  );
}
