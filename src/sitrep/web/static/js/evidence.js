// Evidence in its text: sentences around a span, and a text with spans marked (<mark> elements
// holding text nodes only).

import { h } from "./dom.js";

const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("en", { granularity: "sentence" }) : null;
const sentenceCache = new WeakMap();

/** [start, end) of each sentence; a line break always ends one (as in the pipeline). */
export function sentences(text) {
  const ranges = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) {
      const parts = segmenter ? [...segmenter.segment(line)] : [{ index: 0, segment: line }];
      for (const part of parts) {
        const start = offset + part.index + (part.segment.length - part.segment.trimStart().length);
        const end = offset + part.index + part.segment.trimEnd().length;
        if (end > start) ranges.push([start, end]);
      }
    }
    offset += line.length + 1;
  }
  return ranges;
}

function articleSentences(article) {
  if (!sentenceCache.has(article)) sentenceCache.set(article, sentences(article.clean_text || ""));
  return sentenceCache.get(article);
}

const CONTEXT_CHARS = 220;

/** At most CONTEXT_CHARS of a neighbouring sentence, cut at a word: its end (before) or start (after). */
function clip(words, keepEnd) {
  if (words.length <= CONTEXT_CHARS) return words;
  if (keepEnd) {
    const cut = words.indexOf(" ", words.length - CONTEXT_CHARS);
    return `…${words.slice(cut < 0 ? words.length - CONTEXT_CHARS : cut)}`;
  }
  const cut = words.lastIndexOf(" ", CONTEXT_CHARS);
  return `${words.slice(0, cut < 0 ? CONTEXT_CHARS : cut)} …`;
}

/** Text with the given spans marked; `describe(span)` gives each mark's class and title. */
export function markedText(text, spans, describe) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    if (span.start >= 0 && span.end <= text.length && span.end > span.start) cuts.add(span.start).add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((span) => span.start <= from && span.end >= to && span.end > span.start);
    const piece = text.slice(from, to);
    if (!covering.length) pieces.push(piece);
    else pieces.push(h("mark", describe(covering), piece));
  }
  return pieces;
}

/**
 * The evidence sentence with one sentence either side, from the article's clean text, the value's
 * words marked. Falls back to the evidence sentence alone when the offsets do not fit the text.
 */
export function evidenceInContext(evidence, article, around = 1) {
  const text = article && article.clean_text;
  const { start, end } = evidence;
  if (!text || !(start >= 0 && end <= text.length && end > start)) {
    return h("blockquote", { class: "evidence" }, h("span", { class: "sentence" }, evidence.text || ""));
  }
  const ranges = articleSentences(article);
  let index = ranges.findIndex(([from, to]) => from <= start && start < to);
  if (index < 0) index = ranges.findIndex(([from]) => from > start) - 1;
  // The pipeline's sentence can be longer than the segmenter's: widen to cover it when found.
  let [first, last] = [Math.max(0, index), Math.max(0, index)];
  const stated = evidence.text ? text.lastIndexOf(evidence.text, start) : -1;
  if (stated >= 0 && stated + evidence.text.length >= end) {
    while (first > 0 && ranges[first][0] > stated) first -= 1;
    while (last + 1 < ranges.length && ranges[last][1] < stated + evidence.text.length) last += 1;
  }
  const [sentenceStart, sentenceEnd] = [ranges[first][0], ranges[last][1]];
  const before = ranges.slice(Math.max(0, first - around), first);
  const after = ranges.slice(last + 1, last + 1 + around);
  const side = (list, keepEnd) => {
    if (!list.length) return null;
    const words = text.slice(list[0][0], list[list.length - 1][1]);
    return h("span", { class: "context" }, clip(words, keepEnd));
  };
  const sentence = markedText(text.slice(sentenceStart, sentenceEnd), [{ start: start - sentenceStart, end: end - sentenceStart }], () => ({
    class: "value",
  }));
  return h(
    "blockquote",
    { class: "evidence" },
    side(before, true),
    before.length ? " " : null,
    h("span", { class: "sentence" }, sentence),
    after.length ? " " : null,
    side(after, false),
  );
}
