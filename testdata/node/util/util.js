// util's functions: a table of calls, including error cases.
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, '=>', typeof r === 'string' ? JSON.stringify(r) : util.inspect(r));
  } catch (err) {
    console.log(label, '=>', err.code + ' ' + err.name + ': ' + err.message);
  }
}

show('same inspect', () => util.inspect === require('node:util').inspect);
show('inspect.custom', () => util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
show('inspect', () => util.inspect({ a: [1, 2, { b: new Map([[1, 2]]) }] }, { depth: 0 }));
show('inspect custom', () => util.inspect({ [util.inspect.custom]: (d, o, i) => 'custom ' + d + ' ' + (i === util.inspect) }));
show('defaultOptions', () => util.inspect.defaultOptions);
show('defaultOptions bad', () => { util.inspect.defaultOptions = 5; });
show('colors', () => [util.inspect.colors.red, util.inspect.colors.grey, Object.keys(util.inspect.colors).length]);
show('styles', () => util.inspect.styles);
show('format', () => util.format('%s=%d %i %f %j %o %%', 'a', 42.5, 42.5, '1.5', { j: 1 }, [1]));
show('format extra', () => util.format('x', 1, 'y', { z: 2 }));
show('formatWithOptions', () => util.formatWithOptions({ compact: false }, '%O', { a: 1 }));
show('formatWithOptions bad', () => util.formatWithOptions(5, 'x'));
show('styleText', () => util.styleText(['bold', 'red'], 'x'));
show('styleText bad format', () => util.styleText('nope', 'x'));
show('styleText bad text', () => util.styleText('red', 5));

function Base() {}
Base.prototype.hello = function () { return 'hi'; };
function Derived() {}
show('inherits', () => { util.inherits(Derived, Base); return [new Derived().hello(), Derived.super_ === Base]; });
show('inherits no ctor', () => util.inherits(null, Base));
show('inherits no super', () => util.inherits(Derived, undefined));
show('inherits no proto', () => util.inherits(Derived, (() => {}).bind()));

show('promisify bad', () => util.promisify(5));
show('promisify custom', () => {
  const f = () => {};
  const custom = () => 'custom';
  f[util.promisify.custom] = custom;
  return [util.promisify(f) === custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom')];
});
show('promisify custom bad', () => {
  const f = () => {};
  f[util.promisify.custom] = 5;
  return util.promisify(f);
});
show('promisify props', () => {
  function foo(a, cb) {}
  const p = util.promisify(foo);
  return [p.name, p.length, util.promisify(p) === p];
});
show('promisify setTimeout', () => util.promisify(setTimeout) === setTimeout[util.promisify.custom]);
show('callbackify bad', () => util.callbackify(5));
show('callbackify props', () => {
  async function bar(a) {}
  const c = util.callbackify(bar);
  return [c.name, c.length];
});
show('callbackify no cb', () => util.callbackify(async () => 1)(5));
show('deprecate bad code', () => util.deprecate(() => {}, 'm', 5));

show('isArray', () => [util.isArray([]), util.isArray({})]);
show('legacy', () => [util.isBoolean(true), util.isString(''), util.isNumber(1), util.isSymbol(Symbol()),
  util.isNull(null), util.isUndefined(undefined), util.isNullOrUndefined(null), util.isObject({}), util.isObject(null),
  util.isFunction(() => {}), util.isPrimitive(1), util.isPrimitive({}), util.isRegExp(/x/), util.isDate(new Date()),
  util.isError(new TypeError()), util.isError({})]);
show('stripVTControlCharacters', () => util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
show('stripVTControlCharacters bad', () => util.stripVTControlCharacters(5));
show('toUSVString', () => util.toUSVString('a\ud800b'));
show('getSystemErrorName', () => [util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-99999)]);
show('getSystemErrorName positive', () => util.getSystemErrorName(2));
show('getSystemErrorName type', () => util.getSystemErrorName('x'));
show('getSystemErrorMap', () => [util.getSystemErrorMap() instanceof Map, util.getSystemErrorMap().get(-2)]);
show('_extend', () => util._extend({ a: 1 }, { b: 2 }));
show('TextEncoder', () => [util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder]);
show('debuglog off', () => {
  const d = util.debuglog('kiln-test-section');
  d('not printed');
  return [d.enabled, typeof util.debug];
});

async function main() {
  const p = util.promisify((a, b, cb) => process.nextTick(cb, null, a + b));
  console.log('promisified', await p(2, 3));
  const bad = util.promisify((cb) => cb(new Error('cb failed')));
  await bad().catch((err) => console.log('promisified error', err.message));
  const cbf = util.callbackify(async (x) => x * 2);
  await new Promise((resolve) => cbf(21, (err, v) => { console.log('callbackified', err, v); resolve(); }));
  const rej = util.callbackify(() => Promise.reject(null));
  await new Promise((resolve) => rej((err) => { console.log('falsy rejection', err.code, err.message, err.reason); resolve(); }));
  await util.aborted(5, {}).catch((err) => console.log('aborted bad', err.code, err.message));
  await util.aborted(new AbortController().signal, 5).catch((err) => console.log('aborted resource', err.code, err.message));
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  await util.aborted(ac.signal, {});
  console.log('aborted resolved', ac.signal.aborted);

  process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
  const dep = util.deprecate(() => 'still works', 'old() is deprecated', 'DEP_KILN');
  const dep2 = util.deprecate(() => 'same code', 'also deprecated', 'DEP_KILN');
  console.log(dep(), dep(), dep2());
}
main();
