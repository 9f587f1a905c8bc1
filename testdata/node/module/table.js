// The module built-in: createRequire, isBuiltin, builtinModules and Module, with the argument errors.
const m = require('module');
const { createRequire, isBuiltin, builtinModules } = m;
const path = require('path');
console.log(typeof m, m === m.Module, typeof createRequire, Array.isArray(builtinModules));
for (const name of ['fs', 'node:fs', 'path', 'fs/promises', 'timers/promises', 'events', 'nope', 'node:nope', '', 42]) {
  console.log('isBuiltin', JSON.stringify(name), isBuiltin(name));
}
console.log(['fs', 'path', 'util', 'events', 'url', 'crypto', 'stream', 'buffer'].every((n) => builtinModules.includes(n)));
const req = createRequire(__filename);
console.log(req('./table_helper.json').ok, req.resolve('./table_helper.json') === path.join(__dirname, 'table_helper.json'));
const fromUrl = createRequire(require('url').pathToFileURL(__filename));
console.log(fromUrl('./table_helper.json').ok);
for (const bad of [undefined, 'relative/path.js', 42, {}]) {
  try { createRequire(bad); } catch (e) { console.log('createRequire', e.code, e.message.split('. Received')[0]); }
}
try { req('./missing-module'); } catch (e) { console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.')); }
