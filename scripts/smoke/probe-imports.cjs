// Loads every library by name as a user would: require() takes the CJS build and import()
// the ESM one (each through the package's `exports`). Checks the main exports in both, and
// that both builds export the same names. Prints one JSON line; runs on Node, Bun and Deno.
const libraries = JSON.parse(process.argv[2] ?? '[]');

async function probe({ name, exports: expected }) {
  const problems = [];
  let cjs;
  let esm;
  try {
    cjs = require(name);
  } catch (error) {
    problems.push(`require() threw ${describe(error)}`);
  }
  try {
    esm = await import(name);
  } catch (error) {
    problems.push(`import() threw ${describe(error)}`);
  }
  for (const [build, mod] of [
    ['cjs', cjs],
    ['esm', esm],
  ]) {
    if (mod === undefined) continue;
    const missing = expected.filter((key) => mod[key] === undefined);
    if (missing.length > 0) problems.push(`${build} lacks ${missing.join(', ')}`);
  }
  if (cjs !== undefined && esm !== undefined) {
    const cjsKeys = new Set(Object.keys(cjs).filter((key) => key !== '__esModule'));
    const esmKeys = new Set(Object.keys(esm).filter((key) => key !== 'default'));
    const onlyCjs = [...cjsKeys].filter((key) => !esmKeys.has(key));
    const onlyEsm = [...esmKeys].filter((key) => !cjsKeys.has(key));
    if (onlyCjs.length > 0) problems.push(`only in cjs: ${onlyCjs.join(', ')}`);
    if (onlyEsm.length > 0) problems.push(`only in esm: ${onlyEsm.join(', ')}`);
  }
  const count = esm === undefined ? 0 : Object.keys(esm).length;
  return { name, ok: problems.length === 0, detail: problems.join('; ') || `${count} exports` };
}

function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}

(async () => {
  const checks = [];
  for (const library of libraries) checks.push(await probe(library));
  process.stdout.write(`${JSON.stringify({ checks })}\n`);
})();
