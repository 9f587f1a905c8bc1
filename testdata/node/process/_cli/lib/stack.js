function f() { throw new Error('deep'); }
function g() { f(); }
try {
  g();
} catch (e) {
  console.log(e.stack.split('\n').length, Error.stackTraceLimit);
}
