// A target that is not a pattern (o.x, o[k]) is evaluated before its value
// is read or the iterator stepped (ECMA-262 §13.15.5.5-6), and a throw
// there closes the iterator.
const log = []; const t = (n, v) => (log.push(n), v);
const o = {};
const it = { [Symbol.iterator]() { return { next() { log.push('next'); return { value: 1, done: false }; }, return() { log.push('ret'); return {}; } }; } };
[t('obj1', o)[t('key1', 'a')], t('obj2', o).b] = it;
console.log(log.join(' ')); log.length = 0;
({ x: t('obj3', o)[t('key3', 'c')], y: t('obj4', o).d = t('def', 9) } = { get x() { log.push('getx'); return 1; }, get y() { log.push('gety'); } });
console.log(log.join(' '), o); log.length = 0;
({ ...t('rest', o).r } = { get q() { log.push('getq'); return 1; } });
console.log(log.join(' '), o);
log.length = 0;
try { [t('o5', o)[(() => { throw new Error('key'); })()]] = it; } catch (e) { log.push(e.message); }
try { [t('o6', o).x, (() => { throw new Error('k2'); })().y] = it; } catch (e) { log.push(e.message); }
try { [...(() => { throw new Error('k3'); })().y] = it; } catch (e) { log.push(e.message); }
console.log(log.join(' '));
