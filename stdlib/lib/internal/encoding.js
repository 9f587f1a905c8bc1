const { nodeError, invalidArgType, encode, encodeInto, encodingName, decode } = binding;

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }
  encode(input = '') {
    return encode(String(input));
  }
  encodeInto(src, dest) {
    if (typeof src !== 'string') throw invalidArgType('src', 'of type string', src);
    if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'an instance of Uint8Array', dest);
    const [read, written] = encodeInto(src, dest);
    return { read, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Node inspects a TextEncoder as a plain object of its encoding, and a
// TextDecoder as its class name and its three settings.
Object.defineProperty(TextEncoder.prototype, kInspect, {
  value: function inspect(depth, options, inspectFn) {
    if (typeof depth === 'number' && depth < 0) return this;
    return (inspectFn || require('util').inspect)({ encoding: this.encoding }, options);
  },
  configurable: true, writable: true,
});

const kState = Symbol('kState');
function stateOf(decoder) {
  if (decoder === null || typeof decoder !== 'object' || !(kState in decoder)) {
    throw nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type TextDecoder');
  }
  return decoder[kState];
}

class TextDecoder {
  constructor(label = 'utf-8', options = {}) {
    const encoding = encodingName(String(label));
    if (encoding === undefined) {
      throw nodeError('RangeError', 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + label + '" encoding is not supported');
    }
    const fatal = Boolean(options?.fatal);
    const ignoreBOM = Boolean(options?.ignoreBOM);
    Object.defineProperty(this, kState, {
      value: { encoding, fatal, ignoreBOM, pending: undefined, bomSeen: false },
    });
  }
  decode(input = undefined, options = {}) {
    const state = stateOf(this);
    if (input !== undefined && !ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer) &&
        !(typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    return decode(state, input, Boolean(options?.stream));
  }
  get encoding() {
    return stateOf(this).encoding;
  }
  get fatal() {
    return stateOf(this).fatal;
  }
  get ignoreBOM() {
    return stateOf(this).ignoreBOM;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
Object.defineProperty(TextDecoder.prototype, kInspect, {
  value: function inspect(depth, options, inspectFn) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { encoding, fatal, ignoreBOM } = stateOf(this);
    const ctor = this.constructor;
    return `${(typeof ctor === 'function' && ctor.name) || 'TextDecoder'} ${(inspectFn || require('util').inspect)({ encoding, fatal, ignoreBOM })}`;
  },
  configurable: true, writable: true,
});

module.exports = { TextEncoder, TextDecoder };
