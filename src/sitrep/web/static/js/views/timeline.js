// The timeline: incidents per month stacked by cause (SVG), and the filtered set by country and
// aircraft family. Counts come from /api/stats with the filter bar's filters.

import { getJSON } from "../api.js";
import { fill, h, message, s } from "../dom.js";
import { filtersOf } from "../filters.js";
import { CAUSES, causeColor, humanize } from "../labels.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HEIGHT = 280;
const MARGIN = { top: 12, right: 12, bottom: 34, left: 38 };

function monthIndex(month) {
  const [year, number] = month.split("-").map(Number);
  return year * 12 + number - 1;
}

function monthName(index) {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function lastDay(index) {
  const year = Math.floor(index / 12);
  const month = index % 12;
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function tickStep(max) {
  if (max <= 6) return 1;
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((step) => step >= raw);
}

function chart(byMonth, width, onMonth) {
  const first = Math.min(...byMonth.map((b) => monthIndex(b.month)));
  const last = Math.max(...byMonth.map((b) => monthIndex(b.month)));
  const months = last - first + 1;
  const stacks = new Map();
  for (const bucket of byMonth) {
    const index = monthIndex(bucket.month);
    if (!stacks.has(index)) stacks.set(index, []);
    stacks.get(index).push(bucket);
  }
  const max = Math.max(...[...stacks.values()].map((list) => list.reduce((n, b) => n + b.count, 0)));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotW / months;
  const barW = Math.max(2, slot > 6 ? slot * 0.8 : slot - 0.5);
  const y = (value) => MARGIN.top + plotH - (value / top) * plotH;
  const svg = s("svg", { class: "timeline", width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img", "aria-label": "incidents per month by cause" });
  if (months > 24) {
    for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year += 1) {
      if (year % 2) continue;
      const from = Math.max(first, year * 12) - first;
      const to = Math.min(last + 1, (year + 1) * 12) - first;
      svg.append(s("rect", { class: "year-band", x: MARGIN.left + from * slot, y: MARGIN.top, width: (to - from) * slot, height: plotH }));
    }
  }
  for (let value = 0; value <= top; value += step) {
    svg.append(
      s("line", { class: value ? "grid" : "axis", x1: MARGIN.left, x2: width - MARGIN.right, y1: y(value), y2: y(value) }),
      s("text", { class: "tick", x: MARGIN.left - 6, y: y(value) + 4, "text-anchor": "end" }, String(value)),
    );
  }
  const everyYears = Math.max(1, Math.ceil(48 / (slot * 12)));
  for (let index = first; index <= last; index += 1) {
    const x = MARGIN.left + (index - first) * slot;
    const month = index % 12;
    const year = Math.floor(index / 12);
    if (months <= 18 || (month === 0 && year % everyYears === 0) || index === first) {
      const label = months <= 18 ? `${MONTHS[month]}${month === 0 || index === first ? ` ${year}` : ""}` : String(year);
      svg.append(
        s("line", { class: "axis", x1: x, x2: x, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 4 }),
        s("text", { class: "tick", x: x + (months <= 18 ? slot / 2 : 0), y: HEIGHT - MARGIN.bottom + 18, "text-anchor": months <= 18 ? "middle" : "start" }, label),
      );
    }
  }
  for (const [index, buckets] of stacks) {
    const x = MARGIN.left + (index - first) * slot + (slot - barW) / 2;
    let base = 0;
    const ordered = [...buckets].sort((a, b) => CAUSES.indexOf(a.cause) - CAUSES.indexOf(b.cause));
    const total = ordered.reduce((n, b) => n + b.count, 0);
    const group = s("g", { class: "month", tabindex: 0, "data-month": monthName(index), onclick: () => onMonth(index), onkeydown: (e) => e.key === "Enter" && onMonth(index) });
    for (const bucket of ordered) {
      group.append(
        s(
          "rect",
          { class: "bar", x, width: barW, y: y(base + bucket.count), height: Math.max(0.5, y(base) - y(base + bucket.count)), fill: causeColor(bucket.cause), "data-cause": bucket.cause ?? "none", "data-count": bucket.count },
          s("title", {}, `${monthName(index)} · ${humanize(bucket.cause ?? "no cause")}: ${bucket.count} (month total ${total}) — click to list them`),
        ),
      );
      base += bucket.count;
    }
    svg.append(group);
  }
  return svg;
}

function ranking(title, counts, describe) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return h(
    "section",
    { class: "ranking" },
    h("h3", {}, title),
    h(
      "ol",
      {},
      counts.slice(0, 12).map((c) => {
        const bar = h("span", { class: "rank-bar" });
        bar.style.setProperty("--w", `${(100 * c.count) / max}%`);
        return h("li", {}, h("span", { class: "rank-key" }, describe(c.key)), h("span", { class: "rank-count num" }, String(c.count)), bar);
      }),
    ),
  );
}

export async function renderTimeline(page, { params, navigate }) {
  const summary = h("p", { class: "summary muted" }, "Loading the timeline…");
  page.append(summary);
  let stats;
  try {
    stats = await getJSON("stats", filtersOf(params));
  } catch (error) {
    fill(summary, message("error", `The timeline could not be loaded: ${error.message}`));
    return;
  }
  const total = stats.by_cause.reduce((n, c) => n + c.count, 0);
  const charted = stats.by_month.reduce((n, b) => n + b.count, 0);
  fill(summary, h("strong", {}, String(charted)), ` of ${total} incidents dated to a month or a day`, total > charted ? ` · ${total - charted} dated less precisely are not charted` : "");
  if (!stats.by_month.length) {
    page.append(message("info", "No incident passing these filters is dated to a month or a day."));
    return;
  }
  const onMonth = (index) => {
    const month = monthName(index);
    navigate("incidents", { ...filtersOf(params), start: `${month}-01`, end: `${month}-${lastDay(index)}` });
  };
  const width = Math.max(480, page.clientWidth || 960);
  const causeCounts = new Map(stats.by_cause.map((c) => [c.key, c.count]));
  const legend = h(
    "ul",
    { class: "chart-legend", "aria-label": "causes" },
    [...CAUSES, null].filter((cause) => causeCounts.has(cause)).map((cause) => {
      const swatch = h("span", { class: "swatch" });
      swatch.style.setProperty("--c", causeColor(cause));
      return h("li", {}, swatch, cause ? humanize(cause) : "no cause stated", h("span", { class: "muted" }, ` ${causeCounts.get(cause)}`));
    }),
  );
  page.append(
    h("figure", { class: "chart" }, legend, chart(stats.by_month, width, onMonth), h("figcaption", { class: "muted" }, "Incidents per month, stacked by cause. Click a month to list its incidents.")),
    h("div", { class: "rankings" }, ranking("By country", stats.by_country, (k) => k ?? "unknown"), ranking("By aircraft family", stats.by_family, (k) => k ?? "unknown")),
  );
}
