// A subpath whose "exports" target is null (an exact key, then a pattern),
// imported dynamically so both stacks print.
for (const spec of ['kiln-exports/hidden', 'kiln-exports/private/x', 'kiln-exports']) {
  await import(spec).catch((e) => console.log(e.stack.replaceAll(import.meta.dirname, '<dir>')));
}
await import('./_esm/selfref/imports.js').catch((e) => console.log(e.stack.replaceAll(import.meta.dirname, '<dir>')));
