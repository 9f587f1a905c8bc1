// deepmerge: recursive merges, array strategies, custom merges, clone semantics.
const deepmerge = require('deepmerge');

const show = (label, v) => console.log(label, JSON.stringify(v));
const x = { foo: { bar: 3 }, array: [{ does: 'work', too: [1, 2, 3] }] };
const y = { foo: { baz: 4 }, quux: 5, array: [{ does: 'work', too: [4, 5, 6] }, { really: 'yes' }] };
show('merge', deepmerge(x, y));
show('inputs untouched', [x, y.foo]);
show('overwrite arrays', deepmerge([1, 2, 3], [3, 2, 1], { arrayMerge: (d, s) => s }));
show('combine arrays', deepmerge({ a: [{ x: 1 }] }, { a: [{ y: 2 }] }, {
  arrayMerge: (target, source, options) => {
    const out = target.slice();
    source.forEach((item, i) => {
      out[i] = out[i] === undefined ? options.cloneUnlessOtherwiseSpecified(item, options)
        : options.isMergeableObject(item) ? deepmerge(target[i], item, options) : item;
    });
    return out;
  },
}));
show('all', deepmerge.all([{ a: 1 }, { b: { c: 2 } }, { b: { d: 3 } }]));
const merged = deepmerge({ d: new Date(0) }, {}, { isMergeableObject: v => v && typeof v === 'object' && !(v instanceof Date) });
show('custom mergeable', [merged.d instanceof Date, merged.d.getTime()]);
show('customMerge', deepmerge({ name: { first: 'a', last: 'b' }, n: 1 }, { name: { first: 'c' }, n: 2 }, {
  customMerge: key => key === 'name' ? (a, b) => a.first + '-' + b.first : undefined,
}));
const src = { nested: { v: 1 } };
const clone = deepmerge({}, src);
show('clone by default', clone.nested !== src.nested);
const noClone = deepmerge({}, src, { clone: false });
show('clone false', noClone.nested === src.nested);
show('proto safety', [deepmerge({}, JSON.parse('{"__proto__": {"polluted": true}}')).polluted, ({}).polluted]);
const sym = Symbol('s');
show('symbol keys', deepmerge({ [sym]: 1 }, { [sym]: 2 })[sym]);
try {
  deepmerge.all('not an array');
} catch (e) {
  console.log('error', e.name, e.message);
}
