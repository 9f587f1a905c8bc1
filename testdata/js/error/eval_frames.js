// Frames of code made at run time, as V8 writes them: eval code and the
// function new Function made are "eval", located by where they were made
// ("eval at f (file:line:col), <anonymous>:line:col", nested for eval
// inside eval), unnamed functions inside them are "eval" too, a
// sourceURL comment names the code instead, and their CallSites say
// isEval with the origin and no file name. An uncaught error thrown there
// is reported from "<anonymous_script>". Also a static method's CallSite
// type (Function, though its frame reads "C.m").
const strip = (s) => s.split(__dirname + require('path').sep).join('');
const frames = (stack, n) => strip(stack).split('\n').slice(1, 1 + n).join('\n');
function sitesOf(fn) {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, sites) => sites;
  const sites = fn();
  Error.prepareStackTrace = orig;
  return sites;
}
const obj = { m() { return eval('new Error("a").stack'); } };
console.log(frames(obj.m(), 2));
console.log(frames(eval('(function () { return new Error("b").stack })()'), 2));
console.log(frames(eval('[1].map(x => new Error("c").stack)[0]'), 3));
const o2 = { f: new Function('return new Error("d").stack') };
console.log(frames(o2.f(), 2));
console.log(frames(new Function('function g() { return new Error("e").stack } return g()')(), 2));
console.log(frames((0, eval)('new Error("f").stack'), 2));
function outer() { return eval('(function named() { return eval("new Error(\'g\').stack") })()'); }
console.log(frames(outer(), 4));
console.log(frames(new Function('return eval("new Error(1).stack")')(), 3));
console.log(frames(eval('new Error("h").stack\n//# sourceURL=named-by-url.js'), 2));
for (const site of sitesOf(() => eval('new Error().stack')).slice(0, 2)) {
  console.log(site.getFunctionName(), site.isEval(), site.getFileName() === undefined, strip(String(site.getEvalOrigin())), strip(String(site)));
}
class C { static m() { return new Error().stack; } }
const [s] = sitesOf(() => C.m());
console.log(s.getTypeName(), s.getMethodName(), s.getFunctionName(), frames(C.m(), 1));
function thrower() { eval('\n  throw new Error("uncaught in eval")'); }
thrower();
