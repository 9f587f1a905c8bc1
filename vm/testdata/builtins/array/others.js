// sort, toSorted, searching, join, slicing, concat, species, the change-by-
// copy methods and iterators.
const log = (...a) => console.log(a.map(String).join(' '));
const show = (a) => '[' + Object.keys(new Array(a.length).fill(0)).map((i) => i in a ? String(a[i]) : '_').join(',') + '](' + a.length + ')';
const t = (name, f) => { try { log(name, f()) } catch (e) { log(name, 'threw', e.constructor.name + ': ' + e.message) } };

t('sort default', () => show([10, 9, 1, 100, -1, 2.5, -0.5].sort()));
t('sort strings', () => show(['b', 'a', 'B', 'ä', '\u{1F600}', 'z', ''].sort()));
t('sort undefined and holes last', () => show([3, undefined, , 1, undefined, , 2].sort()));
t('sort comparator', () => show([3, 1, 2, 10].sort((a, b) => a - b)));
t('sort desc', () => show([3, 1, 2, 10].sort((a, b) => b - a)));
t('sort stable', () => [{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }].sort((x, y) => x.k - y.k).map((o) => o.v).join(''));
t('sort stable large', () => { const a = []; for (let i = 0; i < 200; i++) a.push({ k: i % 3, i }); a.sort((x, y) => x.k - y.k); return a.every((o, j) => j === 0 || a[j - 1].k < o.k || a[j - 1].i < o.i) });
t('sort big numbers', () => { const a = []; for (let i = 0; i < 1000; i++) a.push((i * 7919) % 1000); a.sort((x, y) => x - y); return a.every((v, i) => v === i) });
t('sort big default', () => { const a = []; for (let i = 0; i < 100; i++) a.push(i); a.sort(); return a.slice(0, 12).join() });
t('sort comparator NaN', () => show([3, 1, 2].sort(() => NaN)));
t('sort comparator bool', () => show([3, 1, 2].sort((a, b) => a > b)));
t('sort bad comparator', () => [1].sort(1));
t('sort bad comparator checked first', () => Array.prototype.sort.call(null, 1));
t('sort comparator throws', () => { const a = [3, 2, 1]; try { a.sort(() => { throw new Error('x') }) } catch (e) { return e.message + ' ' + show(a) } });
t('sort comparator args', () => { const seen = new Set(); [2, 1].sort(function (a, b) { seen.add(typeof this + arguments.length); return a - b }); return [...seen].join() });
t('sort array-like', () => JSON.stringify(Array.prototype.sort.call({ length: 4, 0: 'c', 1: 'a', 3: 'b' })));
t('sort toString once', () => { let n = 0; const o = { toString() { n++; return 'x' } }; [o, o, 'a', 'z'].sort(); return n > 0 });
t('sort mixed', () => show([true, null, 'null', 1, 'true', false].sort()));
t('sort returns this', () => { const a = [2, 1]; return a.sort() === a });
t('toSorted', () => { const a = [3, , 1]; const b = a.toSorted(); return show(a) + ' ' + show(b) });
t('toSorted comparator', () => show([1, 3, 2].toSorted((a, b) => b - a)));
t('toSorted bad', () => [].toSorted('x'));
t('toSorted array-like', () => show(Array.prototype.toSorted.call({ length: 3, 0: 'b', 2: 'a' })));
t('toSorted too long', () => Array.prototype.toSorted.call({ length: 2 ** 32 }));

t('indexOf', () => [1, 2, 3, 2].indexOf(2) + ',' + [1, 2, 3].indexOf(4) + ',' + [1, 2, 3, 2].indexOf(2, 2) + ',' + [1, 2, 3].indexOf(1, -1) + ',' + [1, 2, 3].indexOf(1, -10));
t('indexOf NaN', () => [NaN].indexOf(NaN) + ',' + [0].indexOf(-0) + ',' + ['1'].indexOf(1));
t('indexOf holes', () => [, undefined].indexOf(undefined));
t('indexOf fromIndex big', () => [1].indexOf(1, 5) + ',' + [1].indexOf(1, Infinity) + ',' + [1].indexOf(1, -Infinity));
t('lastIndexOf', () => [1, 2, 3, 2].lastIndexOf(2) + ',' + [1, 2, 3, 2].lastIndexOf(2, 2) + ',' + [1, 2].lastIndexOf(2, -1) + ',' + [1, 2].lastIndexOf(1, -3) + ',' + [1].lastIndexOf(1, -Infinity));
t('lastIndexOf undefined fromIndex', () => [1, 2, 1].lastIndexOf(1, undefined));
t('includes', () => [1, 2, NaN].includes(NaN) + ',' + [1].includes(2) + ',' + [, 1].includes(undefined) + ',' + [1, 2].includes(1, 1) + ',' + [0].includes(-0));
t('includes holes tail', () => { const a = [1]; a.length = 3; return a.includes(undefined) + ',' + a.includes(undefined, 5) });
t('includes array-like', () => Array.prototype.includes.call({ length: 2, 1: 'x' }, undefined));
t('at', () => [1, 2, 3].at(0) + ',' + [1, 2, 3].at(-1) + ',' + [1, 2, 3].at(3) + ',' + [1, 2, 3].at(-4) + ',' + [1, 2, 3].at('1') + ',' + [1, 2, 3].at(1.7) + ',' + [1, 2, 3].at());

t('join', () => [1, null, undefined, 'a', true, 1.5, -0, 1e21].join());
t('join sep', () => [1, 2, 3].join(' - ') + '|' + [1, 2].join(undefined) + '|' + [1, 2].join(null) + '|' + [1, 2].join(''));
t('join holes', () => [1, , 3, , ,].join('+'));
t('join cycle', () => { const a = [1, 2]; a.push(a, [a, 3]); return a.join() + ' ' + String(a) });
t('join nested', () => [[1, [2, 3]], [], [[]]].join(';'));
t('join unicode', () => ['h\u00e9', '\u4e16', 'x'].join('\u2014'));
t('join objects', () => [{}, { toString() { return 'T' } }, [1, 2]].join('|'));
t('join array-like', () => Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '-'));
t('join symbol', () => [Symbol('s')].join());
t('join huge', () => { const a = []; a.length = 2 ** 30; return a.join('ab') });
t('join long sparse', () => { const a = []; a.length = 100000; return a.join('').length + ',' + a.join('-').length });
t('toString', () => [1, [2, 3]].toString() + '|' + Array.prototype.toString.call({ join() { return 'J' } }) + '|' + Array.prototype.toString.call({}));
t('toLocaleString', () => [1, 'a', null, undefined, [2, 3]].toLocaleString());
t('toLocaleString calls', () => [{ toLocaleString() { return 'L' } }, { toLocaleString: () => 'M' }].toLocaleString());
t('toLocaleString not fn', () => [{ toLocaleString: 1 }].toLocaleString());

t('slice', () => show([1, 2, 3, 4].slice(1, 3)) + show([1, 2, 3].slice(-2)) + show([1, 2, 3].slice()) + show([1, 2, 3].slice(2, 1)));
t('slice holes', () => show([1, , 3, , 5].slice(1)));
t('slice tail holes', () => { const a = [1]; a.length = 4; return show(a.slice(0, 3)) });
t('slice array-like', () => show(Array.prototype.slice.call({ length: 3, 0: 'a', 2: 'c' })));
t('slice arguments', () => (function () { return show(Array.prototype.slice.call(arguments, 1)) })(1, 2, 3));
t('slice string', () => show(Array.prototype.slice.call('abc', 1)));
t('concat', () => show([1, 2].concat(3, [4, 5], [[6]], 'x')));
t('concat holes', () => show([1, ,].concat([, 2], [3, ,])));
t('concat empty', () => show([].concat()));
t('concat spreadable object', () => show([1].concat({ length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true })));
t('concat not spreadable array', () => { const a = [1, 2]; a[Symbol.isConcatSpreadable] = false; const r = [0].concat(a); return r.length + ' ' + (r[1] === a) });
t('concat array-like object', () => [].concat({ length: 1, 0: 'x' }).length);
t('concat on primitive', () => { const r = Array.prototype.concat.call(1, 2); return r.length + ' ' + typeof r[0] + ' ' + r[1] });
t('concat big sparse', () => { const a = []; a.length = 1e6; a[5] = 'x'; const r = a.concat(['y']); return r.length + ' ' + r[5] + ' ' + r[1e6] + ' ' + (4 in r) });

t('toReversed', () => { const a = [1, , 3]; return show(a.toReversed()) + show(a) });
t('toReversed array-like', () => show(Array.prototype.toReversed.call({ length: 2, 0: 'x' })));
t('toReversed too long', () => Array.prototype.toReversed.call({ length: 2 ** 32 }));
t('with', () => { const a = [1, 2, 3]; return show(a.with(1, 'x')) + show(a.with(-1, 'y')) + show(a) });
t('with holes', () => show([1, , 3].with(0, 0)));
t('with out of range', () => [1].with(1, 0));
t('with negative out of range', () => [1].with(-2, 0));
t('with too long', () => Array.prototype.with.call({ length: 2 ** 32 }, 0, 0));
t('toSpliced', () => { const a = [1, 2, 3, 4]; return show(a.toSpliced(1, 2, 'x')) + show(a) });
t('toSpliced variants', () => show([1, 2, 3].toSpliced()) + show([1, 2, 3].toSpliced(1)) + show([1, 2, 3].toSpliced(-1, 0, 'a', 'b')) + show([1, 2, 3].toSpliced(1, undefined)));
t('toSpliced holes', () => show([1, , 3].toSpliced(0, 1)));
t('toSpliced too long', () => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1));
t('toSpliced 2**32', () => Array.prototype.toSpliced.call({ length: 2 ** 32 - 1 }, 0, 0, 1));

t('keys', () => [...['a', , 'c'].keys()].join());
t('values', () => [...['a', , 'c'].values()].join());
t('entries', () => JSON.stringify([...['a', 'b'].entries()]));
t('iterator tag', () => Object.prototype.toString.call([].values()) + ' ' + ([][Symbol.iterator]().next.name));
t('iterator live', () => { const a = [1]; const it = a.values(); a.push(2); return [...it].join() });
t('keys on array-like', () => [...Array.prototype.keys.call({ length: 2 })].join());
t('for-of', () => { let s = ''; for (const x of [1, 2, 3]) s += x; return s });
t('spread', () => Math.max(...[1, 5, 3]));

// Species.
class Sub extends Array {}
const s = Sub.from([1, 2, 3, 4]);
t('species map', () => s.map((x) => x) instanceof Sub);
t('species filter', () => s.filter((x) => x > 1) instanceof Sub);
t('species slice', () => s.slice(1) instanceof Sub);
t('species splice', () => s.splice(0, 1) instanceof Sub);
t('species concat', () => s.concat([9]) instanceof Sub);
t('species flat', () => s.flat() instanceof Sub);
t('species flatMap', () => s.flatMap((x) => [x]) instanceof Sub);
t('toSorted not species', () => s.toSorted() instanceof Sub);
t('toReversed not species', () => s.toReversed() instanceof Sub);
t('species null', () => { const a = [1, 2]; a.constructor = { [Symbol.species]: null }; return Array.isArray(a.map((x) => x)) && a.map((x) => x).constructor === Array });
t('species undefined ctor', () => { const a = [1]; a.constructor = undefined; return a.map((x) => x).constructor === Array });
t('species bad', () => { const a = [1]; a.constructor = { [Symbol.species]: 1 }; return a.map((x) => x) });
t('species ctor not object', () => { const a = [1]; a.constructor = 1; return a.map((x) => x) });
t('species custom', () => { const a = [1, 2]; a.constructor = { [Symbol.species]: function (n) { this.args = n; } }; const r = a.map((x) => x * 2); return r.args + ' ' + r[0] + ' ' + r[1] + ' ' + Array.isArray(r) });
t('species non-array receiver', () => { const o = { length: 1, 0: 1, constructor: { [Symbol.species]: Sub } }; return Array.prototype.map.call(o, (x) => x) instanceof Sub });
t('species length set', () => { const a = [1, 2, 3]; a.constructor = { [Symbol.species]: function () { return { length: 'unset' } } }; const r = a.slice(1); return r.length + ' ' + r[0] });
t('sort large random', () => { let x = 1; const a = []; for (let i = 0; i < 5000; i++) { x = (x * 1103515245 + 12345) % 2147483648; a.push(x % 1000) } const b = a.slice().sort((p, q) => p - q); const c = a.slice().sort(); return b.slice(0, 5).join() + ' ' + b.every((v, i) => i === 0 || b[i - 1] <= v) + ' ' + c.slice(0, 8).join() + ' ' + c.slice(-3).join() });
t('sort objects by key large', () => { const a = []; for (let i = 0; i < 300; i++) a.push({ k: (i * 37) % 10, i }); a.sort((p, q) => p.k - q.k); return a.slice(0, 4).map((o) => o.k + ':' + o.i).join() + ' ' + a.slice(-2).map((o) => o.k + ':' + o.i).join() });
