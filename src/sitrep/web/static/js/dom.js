// DOM building without HTML parsing: every string from the API ends up as a text node or an
// attribute value, never as markup. Links to the outside go through safeHref.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "href" || key === "src" || key === "style" || key.startsWith("on")) {
      throw new Error(`set ${key} through its helper, not h()`);
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: h("td", {class: "num"}, "3"). Strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element, same calling convention as h(). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** The URL if it is an absolute http(s) URL, else null. */
export function safeHref(url) {
  if (typeof url !== "string" || !url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to another view of this page (route parts are encoded here). */
export function route(...parts) {
  return "#/" + parts.map((p, i) => (i ? encodeURIComponent(p) : p)).join("/");
}

export function internalLink(hash, attrs, ...children) {
  if (!hash.startsWith("#/")) throw new Error("internal links are hash routes");
  const a = h("a", attrs, ...children);
  a.href = hash;
  return a;
}

/** An outside link when the URL is http(s), else the URL as plain text. */
export function externalLink(url, label) {
  const href = safeHref(url);
  if (!href) return h("span", { class: "unsafe-url", title: "not an http(s) link, shown as text" }, url ?? "");
  const a = h("a", { target: "_blank", rel: "noopener noreferrer", class: "external" }, label ?? url);
  a.href = href;
  return a;
}

/** A plain same-origin file link (exports). */
export function fileLink(path, label) {
  if (!path.startsWith("/api/")) throw new Error("file links point at the API");
  const a = h("a", { download: "" }, label);
  a.href = path;
  return a;
}

/** A data table: column titles and rows (tr elements). */
export function table(kind, titles, rows, attrs = {}) {
  return h(
    "table",
    { ...attrs, class: ["grid", kind] },
    h("thead", {}, h("tr", {}, titles.map((title) => h("th", { scope: "col" }, title)))),
    h("tbody", {}, rows),
  );
}

/** Put nodes (null and false are skipped) in place of an element. */
export function replace(el, ...children) {
  el.replaceWith(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

export function chip(kind, value, label) {
  return h("span", { class: ["chip", `${kind}-${String(value ?? "none").replace(/[^a-z0-9_-]/gi, "_")}`] }, label ?? value ?? "—");
}

export function message(kind, ...children) {
  return h("div", { class: ["message", kind], role: kind === "error" ? "alert" : "status" }, ...children);
}
