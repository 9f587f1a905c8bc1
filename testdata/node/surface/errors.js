// The errors of common failures: class, code, message and own keys.
const fs = require('fs');
const path = require('path');
const cases = {
  'readFileSync missing': () => fs.readFileSync('/nonexistent/kiln-surface'),
  'readdirSync of a file': () => fs.readdirSync(__filename),
  'mkdirSync existing': () => fs.mkdirSync(__dirname),
  'rmdirSync not empty': () => fs.rmdirSync(__dirname),
  'openSync bad flags': () => fs.openSync(__filename, 'q'),
  'readFileSync bad type': () => fs.readFileSync(5n),
  'statSync missing': () => fs.statSync('/nonexistent/kiln-surface'),
  'writeFileSync into a file': () => fs.writeFileSync(__filename + '/x', ''),
  'path.join number': () => path.join(1),
  'Buffer.alloc negative': () => Buffer.alloc(-1),
  'Buffer.from number': () => Buffer.from(5),
  'buf.readUInt8 out of range': () => Buffer.alloc(1).readUInt8(4),
  'new URL invalid': () => new URL('not a url'),
  'require missing': () => require('kiln-surface-missing'),
  'require missing builtin': () => require('node:kiln-surface'),
  'events emit error': () => new (require('events'))().emit('error', new Error('x')),
  'setTimeout bad callback': () => setTimeout(5),
  'crypto createHash unknown': () => require('crypto').createHash('kiln'),
  'crypto randomBytes negative': () => require('crypto').randomBytes(-1),
  'util.inherits bad': () => require('util').inherits(1, 2),
  'assert.strictEqual': () => require('assert').strictEqual(1, 2),
  'zlib inflateSync garbage': () => require('zlib').inflateSync(Buffer.from('garbage')),
  'child_process spawnSync bad arg': () => require('child_process').spawnSync(5),
  'net connect bad port': () => require('net').connect({ port: -1 }),
  'http request bad method': () => require('http').request({ method: 'BAD METHOD' }),
  'JSON.parse': () => JSON.parse('{'),
  'structuredClone function': () => structuredClone(() => {}),
  'TextDecoder bad label': () => new TextDecoder('kiln'),
  'AbortSignal.timeout bad': () => AbortSignal.timeout(-1),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(`${name}: no throw`);
  } catch (e) {
    const keys = Object.keys(e).join(' ');
    console.log(`${name}: ${e.constructor.name} ${e.name} ${e.code} ${JSON.stringify(e.message.split("\n")[0].split(__dirname).join("<dir>"))} [${keys}]`);
  }
}
