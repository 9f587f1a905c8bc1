// Node makes ERR_INVALID_URL and structuredClone's ERR_MISSING_ARGS in C++:
// the code is a property, but neither the stack nor toString shows it.
for (const make of [() => new URL('not a url'), () => new URL('/x', 'bad base'), () => structuredClone()]) {
  try {
    make();
  } catch (e) {
    console.log(String(e), '|', e.stack.split('\n')[0], '|', e.code, e.input, e.base);
    console.log(Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'));
  }
}
try {
  require('url').fileURLToPath('http://x');
} catch (e) {
  console.log(String(e), '|', e.stack.split('\n')[0]);
}
