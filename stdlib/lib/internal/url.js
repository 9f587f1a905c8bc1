// The WHATWG URL and URLSearchParams classes. The parser is Go (url.go):
// a URL keeps its components as the array binding.parse returns
// [href, origin, protocol, username, password, host, hostname, port,
// pathname, search, hash], and every setter sends the href back to Go
// with the new value and takes the new array.
const { nodeError, invalidArgType } = binding;
const { parse, set, parseForm, serializeForm, domainToASCII: toASCII, domainToUnicode: toUnicode } = binding;

const kHref = 0, kOrigin = 1, kProtocol = 2, kUsername = 3, kPassword = 4, kHost = 5, kHostname = 6,
  kPort = 7, kPathname = 8, kSearch = 9, kHash = 10;

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function toUSVString(v) {
  return `${v}`;
}

function invalidURL(input, base) {
  // Node makes this one in C++: the code is not in its stack or toString.
  const err = binding.codedError('TypeError', 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function missingArgs(...names) {
  const list = names.length === 1 ? `"${names[0]}" argument` : `"${names[0]}" and "${names[1]}" arguments`;
  return nodeError('TypeError', 'ERR_MISSING_ARGS', `The ${list} must be specified`);
}

// A URLSearchParams and its URL keep each other current: the URL reads
// its query into the list when its search changes, and the list writes
// itself into the URL's query after each change.
const kList = Symbol('list');
const kURL = Symbol('url');
let setURLQuery;

class URL {
  #c;
  #params;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const c = parse(input, base);
    if (c === null) throw invalidURL(input, base);
    this.#c = c;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return parse(input, base) !== null;
  }

  static createObjectURL(obj) {
    const { Blob, objectURLs } = require('internal/blob');
    if (!(obj instanceof Blob)) throw invalidArgType('obj', 'an instance of Blob', obj);
    const url = 'blob:nodedata:' + require('crypto').randomUUID();
    objectURLs.set(url, obj);
    return url;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    require('internal/blob').objectURLs.delete(`${url}`);
  }

  #set(attr, value) {
    const c = set(this.#c[kHref], attr, toUSVString(value));
    if (c !== null) this.#c = c;
    if (attr === 'search' || attr === 'href') this.#params?.[kList].splice(0, Infinity, ...parseForm(this.#c[kSearch].slice(1)));
  }

  // setURLQuery is how the linked URLSearchParams writes its serialization
  // into the URL's query (a function, not a method node's URL lacks).
  static {
    setURLQuery = (url, query) => url.#set('query', query);
  }

  toString() {
    return this.#c[kHref];
  }

  get href() {
    return this.#c[kHref];
  }

  set href(value) {
    value = toUSVString(value);
    const c = parse(value);
    if (c === null) throw invalidURL(value);
    this.#c = c;
    this.#params?.[kList].splice(0, Infinity, ...parseForm(c[kSearch].slice(1)));
  }

  get origin() {
    return this.#c[kOrigin];
  }

  get protocol() {
    return this.#c[kProtocol];
  }

  set protocol(value) {
    this.#set('protocol', value);
  }

  get username() {
    return this.#c[kUsername];
  }

  set username(value) {
    this.#set('username', value);
  }

  get password() {
    return this.#c[kPassword];
  }

  set password(value) {
    this.#set('password', value);
  }

  get host() {
    return this.#c[kHost];
  }

  set host(value) {
    this.#set('host', value);
  }

  get hostname() {
    return this.#c[kHostname];
  }

  set hostname(value) {
    this.#set('hostname', value);
  }

  get port() {
    return this.#c[kPort];
  }

  set port(value) {
    this.#set('port', value);
  }

  get pathname() {
    return this.#c[kPathname];
  }

  set pathname(value) {
    this.#set('pathname', value);
  }

  get search() {
    return this.#c[kSearch];
  }

  set search(value) {
    this.#set('search', value);
  }

  get searchParams() {
    if (this.#params === undefined) {
      this.#params = new URLSearchParams(this.#c[kSearch]);
      this.#params[kURL] = this;
    }
    return this.#params;
  }

  get hash() {
    return this.#c[kHash];
  }

  set hash(value) {
    this.#set('hash', value);
  }

  toJSON() {
    return this.#c[kHref];
  }

  [inspectCustom](depth, opts) {
    const inspect = arguments[2]; // node's length is 2
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URL.prototype, inspectCustom, { enumerable: false });

function paramsOf(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) {
    throw nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
  }
  return self[kList];
}

function update(self) {
  if (self[kURL]) setURLQuery(self[kURL], serializeForm(self[kList]));
}

class URLSearchParams {
  constructor(init = undefined) {
    // The list is flat: name, value, name, value...
    const list = [];
    Object.defineProperty(this, kList, { value: list });
    Object.defineProperty(this, kURL, { value: undefined, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method != null) {
        if (typeof method !== 'function') {
          throw nodeError('TypeError', 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const kv = [...pair];
          if (kv.length !== 2) {
            throw nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          list.push(toUSVString(kv[0]), toUSVString(kv[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) list.push(toUSVString(key), toUSVString(init[key]));
        }
      }
      return;
    }
    let s = toUSVString(init);
    if (s[0] === '?') s = s.slice(1);
    list.push(...parseForm(s));
  }

  get size() {
    return paramsOf(this).length / 2;
  }

  append(name, value) {
    const list = paramsOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    list.push(toUSVString(name), toUSVString(value));
    update(this);
  }

  delete(name, value = undefined) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    update(this);
  }

  get(name) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    const list = paramsOf(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    const list = paramsOf(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    update(this);
  }

  sort() {
    const list = paramsOf(this);
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable and compares by UTF-16 code units,
    // which is the order the standard asks for.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    list.length = 0;
    for (const [k, v] of pairs) list.push(k, v);
    update(this);
  }

  entries() {
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    const list = paramsOf(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    return serializeForm(paramsOf(this));
  }

  [inspectCustom](depth, opts) {
    const inspect = arguments[2]; // node's length is 2
    const list = paramsOf(this);
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = { ...opts, depth: opts.depth == null ? null : opts.depth - 1 };
    const out = [];
    for (let i = 0; i < list.length; i += 2) out.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    if (out.length === 0) return `${this.constructor.name} {}`;
    return braced(`${this.constructor.name} {`, out, opts);
  }
}

// braced lays out inspect entries as Node does for these classes: on one
// line while they fit, else one a line with the brace kept on the last.
function braced(head, out, opts) {
  const length = out.reduce((n, s) => n + s.length + 2, -2);
  if (length > (opts.breakLength ?? 80)) return `${head}\n  ${out.join(',\n  ')} }`;
  return `${head} ${out.join(', ')} }`;
}

for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, inspectCustom, { enumerable: false });

// The iterators read the live list by index, so entries appended while
// iterating are visited, as the standard's iterator does.
class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    paramsOf(params);
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    const list = this.#params[kList];
    if (this.#index >= list.length) return { value: undefined, done: true };
    const i = this.#index;
    this.#index += 2;
    if (this.#kind === 'key') return { value: list[i], done: false };
    if (this.#kind === 'value') return { value: list[i + 1], done: false };
    return { value: [list[i], list[i + 1]], done: false };
  }

  [inspectCustom](depth, opts) {
    const inspect = arguments[2]; // node's length is 2
    const list = this.#params[kList];
    const inner = { ...opts, depth: opts.depth == null ? null : opts.depth - 1 };
    const out = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const v = this.#kind === 'key' ? list[i] : this.#kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
      out.push(inspect(v, inner));
    }
    return braced('URLSearchParams Iterator {', out, opts);
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, inspectCustom, { enumerable: false });

module.exports = { URL, URLSearchParams, missingArgs, toASCII, toUnicode };
