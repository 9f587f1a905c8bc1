// Error.captureStackTrace(target) as V8 does it for every kind of target:
// a plain object gets a stack; a primitive or a proxy is an invalid argument;
// a non-extensible object cannot take the property (even one it already has);
// a global object is left alone, so bunyan's src:true, which captures on a
// sloppy function's this, finds no call site.
function attempt(label, target) {
  try {
    Error.captureStackTrace(target);
    const d = Object.getOwnPropertyDescriptor(target, 'stack');
    console.log(label, 'ok', d ? typeof target.stack : 'no stack property');
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}
attempt('plain', {});
attempt('function', function f() {});
attempt('error', new Error('e'));
attempt('null prototype', Object.create(null));
for (const v of [1, 's', null, undefined, Symbol('x'), 10n]) attempt(typeof v, v);
attempt('proxy', new Proxy({}, {}));
attempt('function proxy', new Proxy(function () {}, {}));
attempt('frozen', Object.freeze({}));
attempt('sealed', Object.seal({}));
attempt('non-extensible', Object.preventExtensions({}));
attempt('frozen with a stack', Object.freeze({ stack: 'old' }));
attempt('globalThis', globalThis);
console.log('global has stack', Object.prototype.hasOwnProperty.call(globalThis, 'stack'));

// bunyan's getCaller3Info, reduced: a sloppy function's this is the global object.
function callerInfo() {
  const info = {};
  const save = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, frames) => { info.func = frames[0].getFunctionName(); };
  Error.captureStackTrace(this, callerInfo);
  this.stack;
  Error.prepareStackTrace = save;
  return info;
}
function logSomething() { return callerInfo(); }
console.log('sloppy this', JSON.stringify(logSomething()));
console.log('object this', JSON.stringify(callerInfo.call({})));
