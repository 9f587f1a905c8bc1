// Structured clone of the WebAssembly objects (math.wasm, see instance.js):
// a Module clones (through postMessage too), a shared Memory would; an
// Instance, a Memory, a Table, a Global and an exported function are
// DataCloneErrors, in structuredClone and in postMessage alike.
const fs = require('fs');
const path = require('path');
const { MessageChannel } = require('worker_threads');

const bytes = fs.readFileSync(path.join(__dirname, 'math.wasm'));
const mod = new WebAssembly.Module(bytes);
const imports = { env: { log() {}, base: 7 } };

async function main() {
  const inst = new WebAssembly.Instance(mod, imports);
  const { instance: asyncInst } = await WebAssembly.instantiate(bytes, imports);
  const values = {
    Instance: inst,
    'instantiate() Instance': asyncInst,
    'instance in an object': { inst },
    Module: mod,
    Memory: inst.exports.mem,
    Table: inst.exports.tbl,
    Global: inst.exports.counter,
    'exported function': inst.exports.add,
    'new Memory': new WebAssembly.Memory({ initial: 1 }),
    'new Global': new WebAssembly.Global({ value: 'i32', mutable: true }, 1),
  };
  const describe = (e) => `${e.name} ${e.code} ${e.message} ${e instanceof DOMException}`;
  for (const [name, v] of Object.entries(values)) {
    try {
      const c = structuredClone(v);
      console.log(name, 'cloned:', Object.prototype.toString.call(c));
    } catch (e) {
      console.log(name, 'structuredClone:', describe(e));
    }
    const { port1, port2 } = new MessageChannel();
    try {
      const got = new Promise((resolve) => port2.once('message', resolve));
      port1.postMessage(v);
      const c = await got;
      console.log(name, 'posted:', Object.prototype.toString.call(c));
    } catch (e) {
      console.log(name, 'postMessage:', describe(e));
    }
    port1.close();
  }
}
main();
