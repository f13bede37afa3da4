/** Permission ids granted directly, plus (when `recursive`) everything they contain. */
export function expandPermissions(
  granted: Iterable<string>,
  definitions: Readonly<Record<string, readonly string[]>>,
  recursive: boolean,
): Set<string> {
  const result = new Set<string>();
  const visit = (id: string): void => {
    if (result.has(id)) return;
    result.add(id);
    if (recursive) for (const child of definitions[id] ?? []) visit(child);
  };
  for (const id of granted) visit(id);
  return result;
}
