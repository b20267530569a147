// The page's CSP requires Trusted Types for every HTML sink (innerHTML and the like). Our own code
// never uses them; this default policy lets through only the constant markup Leaflet writes (its
// feature test, zoom buttons, popup close button) and throws on anything else, so no article text
// can ever be parsed as HTML.
(function () {
  if (!window.trustedTypes || !window.trustedTypes.createPolicy) return;
  var allowed = new Set([
    "",
    "<svg/>",
    '<span aria-hidden="true">+</span>',
    '<span aria-hidden="true">&#x2212;</span>',
    '<span aria-hidden="true">&#215;</span>',
  ]);
  window.trustedTypes.createPolicy("default", {
    createHTML: function (markup) {
      if (allowed.has(markup)) return markup;
      throw new TypeError("sitrep: refused to parse a string as HTML");
    },
  });
})();
