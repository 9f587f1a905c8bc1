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

module.exports = { TextEncoder, TextDecoder };
