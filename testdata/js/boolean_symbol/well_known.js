// The well-known symbols: presence, descriptions, and the attributes of the Symbol constructor properties.
// Node 20 also puts Symbol.dispose/asyncDispose there as registered symbols ('nodejs.dispose'); only the
// ECMA-262 ones, which are not in the registry, are listed.
const names = Object.getOwnPropertyNames(Symbol).filter((k) => typeof Symbol[k] === 'symbol' && Symbol.keyFor(Symbol[k]) === undefined).sort();
console.log(names.join(' '));
for (const k of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, k);
  console.log(k.padEnd(20), String(Symbol[k]).padEnd(30), d.writable, d.enumerable, d.configurable, Symbol.keyFor(Symbol[k]));
}
// Which built-ins carry which well-known symbol methods.
const carriers = [
  ['Array.prototype', Array.prototype], ['String.prototype', String.prototype], ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype], ['RegExp.prototype', RegExp.prototype], ['Function.prototype', Function.prototype],
  ['Date.prototype', Date.prototype], ['Symbol.prototype', Symbol.prototype], ['Promise', Promise], ['Array', Array],
];
for (const [label, obj] of carriers) {
  const syms = Object.getOwnPropertySymbols(obj).map((s) => s.description.replace('Symbol.', ''));
  console.log(label.padEnd(20), syms.join(' '));
}
