// Previous / next page and page size for the API's {total, page, per_page} envelopes.

import { h } from "../dom.js";

const SIZES = [25, 50, 100, 200, 500];

export function pager(result, go) {
  const pages = Math.max(1, Math.ceil(result.total / result.per_page));
  const size = h("select", { "aria-label": "rows per page", class: "pagesize" });
  for (const n of new Set([...SIZES, result.per_page])) size.append(h("option", { value: n }, `${n} a page`));
  size.value = String(result.per_page);
  size.addEventListener("change", () => go({ per_page: size.value, page: 1 }));
  return h(
    "nav",
    { class: "pager", "aria-label": "pages" },
    h("button", { type: "button", class: "secondary", disabled: result.page <= 1, onclick: () => go({ page: result.page - 1 }) }, "‹ Previous"),
    h("span", { class: "muted" }, `page ${result.page} of ${pages}`),
    h("button", { type: "button", class: "secondary", disabled: result.page >= pages, onclick: () => go({ page: result.page + 1 }) }, "Next ›"),
    size,
  );
}
