// Duplex: a Readable that is also a Writable, each side with its own
// state. Its prototype chain is Readable's; Writable's methods are copied
// on, and `instanceof Writable` holds through Writable[Symbol.hasInstance].
// With allowHalfOpen false, the end of the readable side ends the
// writable side too.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

const fromWritable = (name) => Object.getOwnPropertyDescriptor(Writable.prototype, name);
Object.defineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...fromWritable('writable') },
  writableHighWaterMark: { __proto__: null, ...fromWritable('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...fromWritable('writableObjectMode') },
  writableBuffer: { __proto__: null, ...fromWritable('writableBuffer') },
  writableLength: { __proto__: null, ...fromWritable('writableLength') },
  writableFinished: { __proto__: null, ...fromWritable('writableFinished') },
  writableCorked: { __proto__: null, ...fromWritable('writableCorked') },
  writableEnded: { __proto__: null, ...fromWritable('writableEnded') },
  writableNeedDrain: { __proto__: null, ...fromWritable('writableNeedDrain') },
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    configurable: true,
  },
});

module.exports = Duplex;
