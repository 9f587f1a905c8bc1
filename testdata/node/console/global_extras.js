// The global console's own properties in node's order, and the methods
// that report to an inspector (none is attached, so they do nothing).
const keys = Object.keys(console);
console.log(keys.join(','));
console.log(Object.prototype.toString.call(console), require('console') === console);
console.log(typeof console._stdout.write, console._stderr === process.stderr, console._ignoreErrors);
for (const name of ['dirxml', 'clear', 'profile', 'profileEnd', 'timeStamp']) {
  console.log(name, typeof console[name], console[name]('x'));
}
console.dirxml('dirxml logs like log', { a: 1 });
const ctx = console.context('ctx');
console.log(Object.keys(ctx).join(','), ctx.log('silent'));
const task = console.createTask('task');
console.log(Object.keys(task).join(','), task.run(() => 42), task.run(function () { return this; }) === globalThis);
for (const bad of [undefined, '', 5]) {
  try { console.createTask(bad); } catch (e) { console.log(e.name, e.message); }
}
console.assert(false, { a: 1 }, 'second');
