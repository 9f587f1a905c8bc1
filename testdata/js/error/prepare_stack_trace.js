// V8's stack trace API: Error.prepareStackTrace (looked up when .stack is
// first read, given CallSite objects, its result any value, its throw
// propagated) and Error.stackTraceLimit (frames kept; not a number means no
// stack at all).
const base = (file) => file.split(/[\\/]/).pop();
function sitesOf(fn) {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, sites) => sites;
  const sites = fn();
  Error.prepareStackTrace = orig;
  return sites;
}
function describe(site) {
  return [site.getFunctionName(), site.getMethodName(), site.getTypeName(), base(site.getFileName()), site.getLineNumber(),
    site.getColumnNumber(), site.isToplevel(), site.isConstructor(), site.isNative(), site.isEval(), site.isAsync()].join(' ');
}
class Service {
  run() { return helper(); }
  static make() { return new Service(); }
}
function helper() { return new Error('probe').stack; }
for (const site of sitesOf(() => new Service().run()).slice(0, 3)) console.log(describe(site));
function Thing() { this.stack = sitesOf(() => new Error().stack); }
console.log(describe(new Thing().stack[1]));

const early = new Error('early');
Error.prepareStackTrace = (err, sites) => `prepared ${err.message} ${Array.isArray(sites)}`;
console.log(early.stack);
Error.prepareStackTrace = (err, sites) => ({ first: sites[0].getFunctionName() });
function named() { return new Error('o'); }
console.log(named().stack);
Error.prepareStackTrace = (err, sites) => sites[0].toString().replace(/\(.*[\\/]/, '(');
console.log((function inner() { return new Error().stack; })());
Error.prepareStackTrace = () => { throw new Error('thrown while preparing'); };
try { console.log(new Error('t').stack); } catch (e) { console.log('caught:', e.message); }
Error.prepareStackTrace = (err) => `${err.stack.split('\n')[0]} (default inside)`;
console.log(new Error('nested').stack);
Error.prepareStackTrace = undefined;

function a() { return b(); }
function b() { return c(); }
function c() { return new Error('limited').stack; }
for (const limit of [0, 1, 2, 1.7, -3]) {
  Error.stackTraceLimit = limit;
  console.log(limit, a().split('\n').length);
}
Error.stackTraceLimit = 'many';
const noStack = new Error('none');
console.log(noStack.stack, Object.getOwnPropertyNames(noStack));
delete Error.stackTraceLimit;
console.log(new Error('deleted').stack, 'stackTraceLimit' in Error);
Error.stackTraceLimit = 10;
console.log(a().split('\n').slice(0, 4).map((l) => l.trim().replace(/ \(.*\)$/, '')));
