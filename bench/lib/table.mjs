/** Prints the result rows as a fixed-width table. */
export function printTable(rows) {
  const header = ['figure', 'ours', 'baseline', 'unit', 'ratio', 'goal', 'result'];
  const lines = rows.map((r) => [
    r.figure,
    String(r.ours),
    String(r.baseline),
    r.unit,
    `${r.ratio}x`,
    r.goal ?? '-',
    r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}
