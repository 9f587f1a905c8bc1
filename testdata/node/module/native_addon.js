// Kiln runs no native code: a .node file, found by require's extension search, named, given to process.dlopen or imported, fails as node fails on a file that is not an addon (ERR_DLOPEN_FAILED; ESM: ERR_UNKNOWN_FILE_EXTENSION), so packages that fall back to JavaScript do.
const fs = require('fs'), path = require('path'), os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'addon-'));
fs.writeFileSync(path.join(dir, 'x.node'), 'not a shared object');
const show = (e) => console.log(e.code, e.constructor.name, e.message.startsWith(path.join(dir, 'x.node') + ': '));
try { require(path.join(dir, 'x')); } catch (e) { show(e); }
try { require(path.join(dir, 'x.node')); } catch (e) { show(e); }
try { process.dlopen({ exports: {} }, path.join(dir, 'x.node')); } catch (e) { show(e); }
console.log(typeof process.dlopen, Object.getOwnPropertyDescriptor(process, 'dlopen').enumerable);
import(path.join(dir, 'x.node')).catch((e) => { console.log(e.code, e.message === `Unknown file extension ".node" for ${path.join(dir, 'x.node')}`); fs.rmSync(dir, { recursive: true }); });
