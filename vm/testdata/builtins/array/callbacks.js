// The callback methods: forEach, map, filter, some, every, find*, reduce*,
// flatMap — arguments, thisArg, holes, and mutation during iteration.
const log = (...a) => console.log(a.map(String).join(' '));
const show = (a) => '[' + Object.keys(new Array(a.length).fill(0)).map((i) => i in a ? String(a[i]) : '_').join(',') + '](' + a.length + ')';
const t = (name, f) => { try { log(name, f()) } catch (e) { log(name, 'threw', e.constructor.name + ': ' + e.message) } };

const seen = [];
[10, , 30].forEach(function (v, i, a) { seen.push(v + ':' + i + ':' + (a.length) + ':' + this.tag) }, { tag: 'T' });
log('forEach', seen.join(' '));
t('forEach returns', () => [1].forEach(() => 5));
t('map', () => show([1, 2, , 4].map((x, i) => x * 10 + i)));
t('map keeps holes', () => show([, 'a', , 'b', ,].map((x) => x + '!')));
t('map on array-like', () => show(Array.prototype.map.call({ length: 3, 0: 'x', 2: 'z' }, (s) => s.toUpperCase())));
t('map on string', () => show(Array.prototype.map.call('abc', (c) => c + c)));
t('filter', () => show([1, 2, 3, 4, 5, , 7].filter((x) => x % 2)));
t('filter thisArg', () => show([1, 2, 3].filter(function (x) { return x > this.min }, { min: 1 })));
t('some', () => [1, 2, 3].some((x) => x > 2) + ',' + [].some(() => true) + ',' + [, ,].some(() => true));
t('every', () => [1, 2, 3].every((x) => x > 0) + ',' + [].every(() => false) + ',' + [1, 2].every((x) => x < 2));
t('find', () => [5, 12, 8].find((x) => x > 6) + ',' + [1].find((x) => x > 6));
t('findIndex', () => [5, 12, 8].findIndex((x) => x > 6) + ',' + [1].findIndex((x) => x > 6));
t('findLast', () => [5, 12, 8, 1].findLast((x) => x > 6) + ',' + [].findLast(() => true));
t('findLastIndex', () => [5, 12, 8, 1].findLastIndex((x) => x > 6) + ',' + [1].findLastIndex(() => false));
t('find visits holes', () => { const v = []; [1, , 3].find((x, i) => { v.push(i + '=' + x) }); return v.join() });
t('findLast visits holes', () => { const v = []; [1, , 3].findLast((x, i) => { v.push(i + '=' + x) }); return v.join() });
t('reduce', () => [1, 2, 3, 4].reduce((a, b) => a + b));
t('reduce init', () => [1, 2, 3].reduce((a, b, i) => a + b * i, 100));
t('reduce args', () => [1, 2].reduce((...args) => JSON.stringify(args.slice(0, 3)) + (args[3].length), 'S'));
t('reduceRight', () => ['a', 'b', 'c'].reduceRight((a, b) => a + b));
t('reduceRight init', () => [1, 2, 3].reduceRight((a, b) => a + '-' + b, 'x'));
t('reduce holes', () => [, 1, , 2, ,].reduce((a, b) => a + b));
t('reduceRight holes', () => [, 1, , 2, ,].reduceRight((a, b) => a + '/' + b));
t('reduce empty', () => [].reduce((a, b) => a));
t('reduce only holes', () => [, ,].reduce((a, b) => a));
t('reduceRight empty', () => [].reduceRight((a, b) => a));
t('reduce single', () => [7].reduce(() => 'never'));
t('reduce empty init', () => [].reduce(() => 'never', 'init'));
t('map not callable', () => [1].map());
t('forEach not callable object', () => [1].forEach({}));
t('filter not callable array', () => [1].filter([1, 2]));
t('some not callable string', () => [1].some('abc'));
t('every null', () => [1].every(null));
t('find symbol', () => [1].find(Symbol('q')));
t('reduce num', () => [1].reduce(1));
t('forEach on null', () => Array.prototype.forEach.call(null, () => 1));
t('map on undefined', () => Array.prototype.map.call(undefined, () => 1));
t('callback checked after length', () => { const log2 = []; const o = { get length() { log2.push('len'); return 1 } }; try { Array.prototype.map.call(o, 1) } catch (e) { log2.push('threw') } return log2.join() });

// Mutation during iteration.
t('forEach sees pushes within length only', () => { const a = [1, 2, 3]; const v = []; a.forEach((x) => { v.push(x); if (a.length < 6) a.push(x * 10) }); return v.join() + ' ' + show(a) });
t('forEach skips deleted', () => { const a = [1, 2, 3, 4]; const v = []; a.forEach((x, i) => { v.push(x); if (i === 0) delete a[2] }); return v.join() });
t('map after shrink', () => { const a = [1, 2, 3, 4]; return show(a.map((x, i) => { if (i === 0) a.length = 2; return x })) });
t('filter after pop', () => { const a = [1, 2, 3, 4]; return show(a.filter((x) => { a.pop(); return true })) });
t('some with inherited element', () => { Array.prototype[1] = 'P'; try { return [0, , 2].map((x) => x).join() + ' ' + [0, , 2].some((x) => x === 'P') } finally { delete Array.prototype[1] } });
t('forEach getter elements', () => { const o = { length: 2, get 0() { return 'g0' }, 1: 'v1' }; const v = []; Array.prototype.forEach.call(o, (x) => v.push(x)); return v.join() });

t('flatMap', () => show([1, 2, 3].flatMap((x) => [x, x * 2])));
t('flatMap one level', () => JSON.stringify([1, 2].flatMap((x) => [[x]])));
t('flatMap non-array result', () => show([1, 2].flatMap((x) => x)));
t('flatMap thisArg', () => show([1].flatMap(function () { return [this.v] }, { v: 9 })));
t('flatMap not callable', () => [1].flatMap());
t('flatMap array-like not spread', () => [1].flatMap(() => ({ length: 1, 0: 'x' })).length);
t('flat', () => show([1, [2, [3, [4]]]].flat()));
t('flat(2)', () => JSON.stringify([1, [2, [3, [4]]]].flat(2)));
t('flat(Infinity)', () => show([1, [2, [3, [4, [5]]]]].flat(Infinity)));
t('flat(0)', () => JSON.stringify([1, [2]].flat(0)));
t('flat(-1)', () => JSON.stringify([1, [2]].flat(-1)));
t('flat("1")', () => JSON.stringify([1, [2, [3]]].flat('1')));
t('flat holes', () => show([1, , [2, , 3]].flat()));
t('flat deep', () => { let a = [1]; for (let i = 0; i < 500; i++) a = [a]; return a.flat(Infinity).join() });
