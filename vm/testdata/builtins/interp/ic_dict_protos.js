// Cached reads through prototypes with dictionary shapes (more than 64
// properties, or a deleted one), as Buffer.prototype is, checked after each
// in-place change of those prototypes.
function read(o) { return o.x; }
function big(name) {
  const p = {};
  for (let i = 0; i < 80; i++) p[name + i] = i;
  return p;
}
const top = big('t');
Object.defineProperty(top, 'x', { get() { return 'top getter ' + this.id; }, configurable: true });
const mid = Object.setPrototypeOf(big('m'), top);
const low = Object.create(mid);
const objs = [Object.create(top), Object.create(mid), Object.create(low), Buffer.alloc(1)];
objs.forEach((o, i) => { o.id = i; });
const show = (label) => console.log(label, objs.map((o) => String(read(o))).join(' | '));
show('start'); show('again');
mid.x = 'mid data';                 // an add to the dictionary in the middle
show('mid add');
mid.x = 'mid data changed';         // a store: same shape, new value
show('mid store');
delete mid.x;
show('mid delete');
Object.defineProperty(top, 'x', { value: 'top data', configurable: true, writable: true });
show('top to data');
Object.defineProperty(top, 'x', { get() { return 'top getter 2'; }, configurable: true });
show('top to getter');
delete top.t3;                      // an unrelated edit
show('unrelated');
Object.setPrototypeOf(low, top);
show('low reparented');
Object.defineProperty(Buffer.prototype, 'x', { get() { return 'buffer getter ' + this.length; }, configurable: true });
show('buffer getter');
delete Buffer.prototype.x;
show('buffer plain');
// Buffer's own length, byteLength, and a method through the chain.
function info(b) { return [b.length, b.byteLength, typeof b.readUInt8, b.buffer.byteLength >= b.length].join('/'); }
const bufs = [Buffer.from('abc'), Buffer.alloc(10), Buffer.from('hello world').subarray(3, 5), new Uint8Array(4)];
for (let i = 0; i < 2; i++) console.log(bufs.map(info).join(' '));
Buffer.prototype.readUInt8 = 42;
console.log(bufs.map(info).join(' '));
