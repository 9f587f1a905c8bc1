// The Function constructors' parameter text must parse as parameters alone: a list that ends before its
// text does is V8's "Arg string terminates parameters early", one that runs past it (a comment swallowing the
// closing parenthesis) "Unexpected end of arg string", and a body that closes the function early "Single
// function literal required"; the same texts in an ordinary function are plain syntax errors.
const cases = [['a b', ''], ['a)', ''], ['/*', '*/){'], ['a,,b', ''], ['a = 1 +', ''], ['...a, b', ''], ['...a b', ''], ['a //', ''], ['a = function(x y) {}', ''],
  ['a) {}, (b', ''], ['a', 'b', '}); (function(){'], ['a,', 'return a'], ['[x, y] = [1, 2], {z} = {}', 'return x + y'], ['a = (b) => b', 'return a(3)'], ['', ''], ['a\n', 'return a'], ['a, /* ) */ b', 'return b']];
for (const args of cases) {
  try {
    const f = new Function(...args);
    console.log(JSON.stringify(args), 'ok', String(f).replace(/\n/g, '\\n'), f.length);
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e.message);
  }
}
for (const K of [async function () {}.constructor, function* () {}.constructor]) {
  for (const p of ['a b', 'a)', 'x']) try { new K(p, ''); console.log(K.name, p, 'ok'); } catch (e) { console.log(K.name, p, e.message); }
}
function f(...a) {}
for (const s of ['function f(...a b){}', 'function f(...a,){}', '(function(a b){})', 'function g(a, b,) {}', '({ m(a b) {} })', '(a b) => 1']) {
  try { new Function(s); console.log(s, 'ok'); } catch (e) { console.log(s, '->', e.message); }
}
