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
const attempt = async (spec, o) => {
  try {
    const m = await import(spec, o);
    console.log('loaded', spec, JSON.stringify(m.default));
  } catch (e) {
    console.log(e.code, e.constructor.name, e.message.replace(/file:\/\/\/.*testdata/g, 'file:///...'));
  }
};
await attempt('./_lib/data.json', { with: { type: 'json' } });
await attempt('./_lib/data.json', null);
await attempt('./_lib/data.json', { with: 1 });
await attempt('./_lib/data.json', { with: { type: 1 } });
await attempt('./_lib/data.json', { with: { type: 'css' } });
await attempt('./_lib/data.json', { with: { foo: 'json' } });
await attempt('./_lib/util.js', { with: { type: 'json' } });
await attempt('./_lib/util.js', {});
