// node:wasi on wasi.wasm (made from wasi.wat with the wabt npm package 1.0.39,
// `npm install wabt && npx wat2wasm wasi.wat -o wasi.wasm` in a temp folder): a
// command that prints and exits 3, and system calls made through wasm on a
// preopened temporary directory.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { WASI } = require('wasi');

const mod = new WebAssembly.Module(fs.readFileSync(path.join(__dirname, 'wasi.wasm')));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-wasi-'));
fs.writeFileSync(path.join(dir, 'a.txt'), 'alpha beta');
fs.mkdirSync(path.join(dir, 'sub'));

const wasi = new WASI({ version: 'preview1', args: ['prog', 'x y'], env: { A: '1', B: 'two', C: undefined }, preopens: { '/sandbox': dir } });
const inst = new WebAssembly.Instance(mod, wasi.getImportObject());
const x = inst.exports;
const mem = () => Buffer.from(x.memory.buffer);
const u32 = (p) => mem().readUInt32LE(p);
const put = (p, s) => { mem().write(s, p); return [p, Buffer.byteLength(s)]; };
const str = (p, n) => mem().toString('utf8', p, p + n);

console.log('start exit code', wasi.start(inst));
try { wasi.start(inst); } catch (e) { console.log(e.code, e.message); }

console.log('args_sizes_get', x.args_sizes_get(100, 104), u32(100), u32(104));
console.log('args_get', x.args_get(200, 300), JSON.stringify(str(300, u32(104))), u32(200) - 300, u32(204) - 300);
console.log('environ', x.environ_sizes_get(100, 104), u32(100), u32(104), x.environ_get(200, 300), JSON.stringify(str(300, u32(104))));

console.log('prestat 3', x.fd_prestat_get(3, 100), mem()[100], u32(104), x.fd_prestat_dir_name(3, 300, u32(104)), str(300, u32(104)));
console.log('prestat 4', x.fd_prestat_get(4, 100), 'dir_name short', x.fd_prestat_dir_name(3, 300, 2));

const open = (name, oflags, rights, fdflags = 0) => {
  const [p, n] = put(400, name);
  return [x.path_open(3, 1, p, n, oflags, rights, 0n, fdflags, 500), u32(500)];
};
// The rights the preopen passes on, as wasi-libc asks for (Kiln grants all, uvwasi checks them).
x.fd_fdstat_get(3, 32);
const RW = mem().readBigUInt64LE(48);
let [err, fd] = open('a.txt', 0, RW);
console.log('open a.txt', err, fd);
mem().writeUInt32LE(600, 0); mem().writeUInt32LE(5, 4); // iovec {600, 5}
console.log('read', x.fd_read(fd, 0, 1, 8), u32(8), str(600, 5));
console.log('seek', x.fd_seek(fd, -3n, 2, 16), mem().readBigUInt64LE(16), x.fd_read(fd, 0, 1, 8), u32(8), str(600, u32(8)));
console.log('fdstat', x.fd_fdstat_get(fd, 32), mem()[32]);
console.log('close', x.fd_close(fd), x.fd_close(fd), x.fd_read(fd, 0, 1, 8));

[err, fd] = open('new.txt', 1 | 4, RW);
put(600, 'written by wasm');
mem().writeUInt32LE(600, 0); mem().writeUInt32LE(15, 4);
console.log('create', err, x.fd_write(fd, 0, 1, 8), u32(8), x.fd_close(fd), fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'));
console.log('excl again', open('new.txt', 1 | 4, RW)[0], 'missing', open('nope', 0, RW)[0], 'dir flag on file', open('a.txt', 2, RW)[0]);
console.log('escape', open('../etc/passwd', 0, RW)[0], open('/etc/passwd', 0, RW)[0], open('sub/../a.txt', 0, RW)[0]);

console.log('filestat', x.path_filestat_get(3, 1, ...put(400, 'a.txt'), 700), mem()[716], mem().readBigUInt64LE(732));
console.log('filestat dir', x.path_filestat_get(3, 1, ...put(400, 'sub'), 700), mem()[716]);
console.log('mkdir', x.path_create_directory(3, ...put(400, 'made')), x.path_create_directory(3, ...put(400, 'made')));
console.log('rename', x.path_rename(3, ...put(400, 'new.txt'), 3, ...put(450, 'renamed.txt')));
console.log('unlink dir', x.path_unlink_file(3, ...put(400, 'made')), 'rmdir file', x.path_remove_directory(3, ...put(400, 'a.txt')));
console.log('rmdir', x.path_remove_directory(3, ...put(400, 'made')), 'unlink', x.path_unlink_file(3, ...put(400, 'renamed.txt')));
console.log(fs.readdirSync(dir).sort());

// fd_readdir over the preopen: every entry's name and type, following the cookies.
const names = [];
let cookie = 0n;
for (;;) {
  x.fd_readdir(3, 1000, 64, cookie, 8);
  const used = u32(8);
  let p = 1000;
  while (p + 24 <= 1000 + used) {
    const len = u32(p + 16);
    if (p + 24 + len > 1000 + used) break;
    names.push(`${str(p + 24, len)}:${mem()[p + 20]}`);
    cookie = mem().readBigUInt64LE(p);
    p += 24 + len;
  }
  if (used < 64) break;
}
console.log('readdir', names.filter((n) => n[0] !== '.').sort());

console.log('clock', x.clock_time_get(0, 1n, 16), mem().readBigUInt64LE(16) > 1600000000000000000n, x.clock_time_get(9, 1n, 16));
console.log('random', x.random_get(2000, 16));

const reactor = new WASI({ version: 'preview1', returnOnExit: true });
try { reactor.initialize(inst); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true });
