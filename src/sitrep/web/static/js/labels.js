// Vocabularies of the export contract (docs/export-format.md) and short labels for values.

export const CAUSES = ["shot_down", "friendly_fire", "collision", "crashed", "disputed", "unknown"];
export const STATUSES = ["confirmed", "claimed", "disputed", "unconfirmed"];
export const CATEGORIES = [
  "helicopter", "fighter", "bomber", "transport", "airliner", "business", "light", "trainer",
  "surveillance", "tanker", "drone", "aircraft",
];
export const FIELDS = [
  "date", "aircraft", "operator", "location", "cause", "weapon", "perpetrator",
  "killed", "wounded", "missing", "captured", "on_board",
];
export const STANCES = ["asserted", "claimed", "denied", "unconfirmed"];

// Also in style.css (.cause-*), for the map and the timeline which colour SVG shapes.
export const CAUSE_COLORS = {
  shot_down: "#c8453b",
  friendly_fire: "#e0962e",
  collision: "#2a8c82",
  crashed: "#3d6fa8",
  disputed: "#8a5ca8",
  unknown: "#8c96a1",
  none: "#c3cad2",
};

export function causeColor(cause) {
  return Object.hasOwn(CAUSE_COLORS, cause ?? "") ? CAUSE_COLORS[cause] : CAUSE_COLORS.none;
}

export function humanize(key) {
  return key === null || key === undefined ? "—" : String(key).replaceAll("_", " ");
}

export function aircraftLabel(aircraft) {
  if (!aircraft) return null;
  const name = aircraft.model || aircraft.family;
  return name ? `${name}${aircraft.category ? ` (${aircraft.category})` : ""}` : aircraft.category || null;
}

export function placeLabel(location) {
  if (!location) return null;
  const parts = [location.place, location.admin1, location.country].filter(Boolean);
  return [...new Set(parts)].join(", ") || null;
}

export function dateLabel(date) {
  if (!date || !date.value) return null;
  if (date.precision === "month_day") return `${date.value.slice(2)} (year unknown)`;
  if (date.precision === "weekday") return `${date.value} (unresolved)`;
  return date.value;
}

/** A value of any field (the reconciled one or one source's) as a short string. */
export function valueLabel(field, value) {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object") return field === "cause" ? humanize(value) : String(value);
  if (field === "date" || ("precision" in value && "value" in value && !("country" in value))) return dateLabel(value) ?? "—";
  if (field === "aircraft" || "category" in value) return aircraftLabel(value) ?? "—";
  if (field === "location" || "country" in value) return placeLabel(value) ?? "—";
  if ("value" in value) return valueLabel(field, value.value);
  return JSON.stringify(value);
}

/** Row values of /api/incidents as labels. */
export function rowAircraft(row) {
  return aircraftLabel({ model: row.aircraft_model, family: row.aircraft_family, category: row.aircraft_category });
}

export function rowPlace(row) {
  return placeLabel({ place: row.place, admin1: row.admin1, country: row.country });
}
