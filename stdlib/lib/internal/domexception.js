const codes = {
  IndexSizeError: 1, DOMStringSizeError: 2, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoDataAllowedError: 6, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, ValidationError: 16,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};
const constants = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR',
  'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR',
  'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR',
  'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR',
  'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];
const internals = new WeakMap();
function internal(self) {
  const s = internals.get(self);
  if (s === undefined) {
    throw binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type DOMException');
  }
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    let name = 'Error';
    if (options !== null && typeof options === 'object') {
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
      if ('name' in options) name = String(options.name);
    } else {
      name = String(options);
    }
    internals.set(this, { message: String(message), name });
  }
  get name() {
    return internal(this).name;
  }
  get message() {
    return internal(this).message;
  }
  get code() {
    return codes[internal(this).name] ?? 0;
  }
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (let i = 0; i < constants.length; i++) {
  const desc = { value: i + 1, enumerable: true };
  Object.defineProperty(DOMException, constants[i], desc);
  Object.defineProperty(DOMException.prototype, constants[i], desc);
}
module.exports = { DOMException };
