// AsyncResource.runInAsyncScope and AsyncLocalStorage.run call their callback
// straight from their own frame, as node's do: no frame of the runtime's own
// between them takes a place in a trace limited to Error.stackTraceLimit,
// which libraries running every step in a resource (effect's fibers,
// node:test) would otherwise lose user frames to.
const { AsyncResource, AsyncLocalStorage } = require('async_hooks');

Error.stackTraceLimit = 5;
const resource = new AsyncResource('demo');
const als = new AsyncLocalStorage();

function frames(err) {
  // Node's own frames carry its line numbers: show only their names.
  return err.stack.split('\n').slice(1).map((l) => l.trim().replace(/\(node:[^)]*\)/, '(node)').replace(__filename, 'FILE'));
}

function innermost() { return new Error('here'); }
function viaResource() { return resource.runInAsyncScope(innermost); }
function viaStorage() { return als.run({ id: 1 }, viaResource); }
function outer() { return viaStorage(); }
function outermost() { return outer(); }

console.log(frames(outermost()).join('\n'));
console.log(frames(als.run(7, () => resource.runInAsyncScope(function named() {
  return new Error('inside ' + als.getStore());
}))).join('\n'));
