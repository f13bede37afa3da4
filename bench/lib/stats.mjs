/** Median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds to a few significant digits for tables and JSON. */
export function round(value, digits = 3) {
  if (!Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/** Builds one result row; `better` says which direction meets the goal. */
export function row({ id, figure, ours, baseline, unit, goal, better, note, extra }) {
  const ratio = ours / baseline;
  const pass = goal === undefined ? null : better === 'lower' ? ratio <= goal : ratio >= goal;
  return {
    id,
    figure,
    ours: round(ours),
    baseline: round(baseline),
    unit,
    ratio: round(ratio),
    goal: goal === undefined ? null : `${better === 'lower' ? '<=' : '>='} ${goal}x`,
    pass,
    ...(note === undefined ? {} : { note }),
    ...(extra === undefined ? {} : { extra }),
  };
}
