// process.getBuiltinModule returns a built-in module as require gives it,
// with or without the node: prefix (which node:-only modules need), and
// undefined for anything else; a non-string id is a type error.
const ids = ['fs', 'node:path', 'node:fs/promises', 'util', 'node:test', 'test', 'nope', './x', 'internal/util', ''];
for (const id of ids) {
  const m = process.getBuiltinModule(id);
  let same = m;
  if (m !== undefined) same = m === require(id);
  console.log(JSON.stringify(id), typeof m, same);
}
for (const bad of [1, null, undefined, {}]) {
  try {
    process.getBuiltinModule(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const d = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
console.log(d.writable, d.enumerable, d.configurable, process.getBuiltinModule.name, process.getBuiltinModule.length);
