console.log('before');
const m = await import('./_lib/util.js');
console.log(m.tag, m.default('dynamic'));
const { value } = await import('./_lib/tla.js');
console.log(value);
try { await import('./_lib/nope.js'); } catch (e) { console.log(e.code, e.message.replace(/\/.*testdata/g, '...')); }
try { await import('./_lib/data.json'); } catch (e) { console.log(e.code); }
const [x, y] = await Promise.all([import('./_lib/util.js'), import('#util')]);
console.log(x === y, x === m);
console.log('after');
