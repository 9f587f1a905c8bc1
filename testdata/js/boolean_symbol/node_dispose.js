// node v20 defines Symbol.dispose and Symbol.asyncDispose itself, as
// registered symbols, after the well-known ones.
for (const name of ['dispose', 'asyncDispose']) {
  const d = Object.getOwnPropertyDescriptor(Symbol, name);
  console.log(name, typeof d.value, d.writable, d.enumerable, d.configurable);
  console.log(String(d.value), d.value.description, Symbol.keyFor(d.value));
}
console.log(Symbol.dispose === Symbol.for('nodejs.dispose'));
console.log(Symbol.asyncDispose === Symbol.for('nodejs.asyncDispose'));
console.log(Object.getOwnPropertyNames(Symbol).slice(-4).join());
const res = { [Symbol.dispose]() { return 'disposed'; } };
console.log(res[Symbol.dispose]());
