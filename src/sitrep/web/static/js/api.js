// Calls to the sitrep HTTP API (same origin). Errors carry the status and the API's `detail`.

export class ApiError extends Error {
  constructor(status, detail, body) {
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

export function queryString(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJSON(path, params = {}) {
  const response = await fetch(`/api/${path}${queryString(params)}`, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && typeof body.detail === "string" ? body.detail : `the server answered ${response.status}`;
    throw new ApiError(response.status, detail, body);
  }
  return body;
}

/** Every incident row passing the filters (the API pages by at most 500). */
export async function allIncidents(filters, limit = 20000) {
  const rows = [];
  for (let page = 1; ; page += 1) {
    const result = await getJSON("incidents", { ...filters, page, per_page: 500 });
    rows.push(...result.items);
    if (!result.items.length || rows.length >= result.total || rows.length >= limit) return { rows, total: result.total };
  }
}

const articleCache = new Map();

/** One article with its clean text and spans; fetched once per page load. */
export function article(articleId) {
  if (!articleCache.has(articleId)) {
    const request = getJSON(`articles/${encodeURIComponent(articleId)}`);
    request.catch(() => articleCache.delete(articleId));
    articleCache.set(articleId, request);
  }
  return articleCache.get(articleId);
}

/** Forget cached articles (after an ingest changed them). */
export function forgetArticles() {
  articleCache.clear();
}
