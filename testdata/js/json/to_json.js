// toJSON: called with the key, before the replacer; Date.prototype.toJSON genericity.
const obj = {
  plain: 1,
  custom: { toJSON(key) { return `custom toJSON for key ${JSON.stringify(key)}`; } },
  nested: { inner: { toJSON() { return { replaced: true }; } } },
  arr: [{ toJSON(k) { return 'index ' + k; } }],
};
console.log(JSON.stringify(obj));
console.log(JSON.stringify({ toJSON() { return 'root'; } }));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ a: { toJSON() { return undefined; } } }));
console.log(JSON.stringify({ toJSON: 'not a function', x: 1 }));

// Order: toJSON then replacer.
const order = [];
JSON.stringify({ k: { toJSON() { order.push('toJSON'); return 'tj'; } } }, (k, v) => { order.push(`replacer(${k}=${typeof v === 'object' ? 'object' : v})`); return v; });
console.log(order.join(' '));

// Inherited toJSON counts.
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON() { return (this.cents / 100).toFixed(2); }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));

// Date.prototype.toJSON: uses toISOString, returns null for non-finite time values, is generic.
console.log(new Date(0).toJSON(), new Date(NaN).toJSON());
console.log(Date.prototype.toJSON.call({ toISOString() { return 'generic ISO'; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return 'not called'; } }));
try {
  Date.prototype.toJSON.call({ toISOString: 5 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// toISOString throws for invalid dates but toJSON returns null.
try {
  new Date(NaN).toISOString();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// toJSON returning another object with toJSON is not called again.
console.log(JSON.stringify({ a: { toJSON() { return { toJSON() { return 'second'; }, v: 1 }; } } }));
