// The stored articles, searchable and paged (/api/articles).

import { getJSON } from "../api.js";
import { chip, fill, h, internalLink, message, route, table } from "../dom.js";
import { pager } from "./pager.js";

export async function renderArticles(page, { params, navigate }) {
  const search = h("input", { type: "search", name: "q", placeholder: "words in the id, title, outlet, URL or text", "aria-label": "search articles", maxlength: 500 });
  search.value = params.q || "";
  const form = h("form", { class: "filterbar inline", role: "search" }, search, h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate("articles", { q: search.value.trim(), per_page: params.per_page });
  });
  const summary = h("p", { class: "summary muted" }, "Loading articles…");
  page.append(form, summary);
  let result;
  try {
    result = await getJSON("articles", { q: params.q, page: params.page || 1, per_page: params.per_page || 50 });
  } catch (error) {
    fill(summary, message("error", `The articles could not be loaded: ${error.message}`));
    return;
  }
  fill(summary, h("strong", {}, String(result.total)), ` article${result.total === 1 ? "" : "s"}`);
  if (!result.items.length) return;
  const rows = result.items.map((a) =>
    h(
      "tr",
      {},
      h("td", {}, internalLink(route("article", a.id), {}, a.title || a.id)),
      h("td", {}, a.outlet || ""),
      h("td", { class: "nowrap mono" }, a.published || ""),
      h("td", {}, a.relevant ? chip("relevant", "yes", "relevant") : chip("relevant", "no", a.note || "not relevant")),
      h("td", { class: "mono muted" }, a.id),
    ),
  );
  page.append(
    table("articles", ["Title", "Outlet", "Published", "Relevance", "Id"], rows),
    pager(result, (changes) => navigate("articles", { ...params, ...changes })),
  );
}
