// fetch, Headers, Request, Response and FormData as node v20 has them
// (node's are undici's): the WHATWG Fetch Standard's classes, with
// undici's error messages, and fetch itself over node:http for http: URLs,
// node:https for https: when that module exists, and data: URLs.

const { ReadableStream } = require('stream/web');
const { slotOf: streamSlot } = require('internal/webstreams/util');
const { Buffer, Blob, File } = require('buffer');
// Marks fetch's requests to http (see there).
const kFromFetch = Symbol.for('kiln.fromFetch');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kPrivate = Symbol('kPrivate');
const encoder = new TextEncoder();

function typeError(message, options) {
  return new TypeError(message, options);
}

function requireArgs(args, n, where) {
  if (args.length < n) {
    throw typeError(`${where}: ${n} argument${n === 1 ? '' : 's'} required, but${args.length ? ' only' : ''} ` +
      `${args.length} found.`);
  }
}

function illegalInvocation() {
  return binding.nodeError('TypeError', 'ERR_INVALID_THIS', 'Illegal invocation');
}

function inspectAs(name, fields, depth, options, inspect) {
  if (depth < 0) return `[${name}]`;
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

function defineClass(cls, name, members) {
  for (const m of members) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, m);
    d.enumerable = true;
    Object.defineProperty(cls.prototype, m, d);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { __proto__: null, value: name, configurable: true });
}

// ---------------------------------------------------------------------------
// Headers (Fetch §5.2)

// A ByteString header value: no surrounding whitespace, no NUL, CR or LF.
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name, where) {
  if (!tokenRe.test(name)) throw typeError(`${where}: "${name}" is an invalid header name.`);
}

function checkValue(value, where) {
  if (/[\0\r\n]/.test(value) || /[^\u0000-\u00ff]/.test(value)) {
    throw typeError(`${where}: "${value}" is an invalid header value.`);
  }
}

const headerSlots = new WeakMap();

function headersSlot(h) {
  const s = (h !== null && typeof h === 'object') ? headerSlots.get(h) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}

// The header list keeps, per lower-cased name, the first spelling seen and
// the combined value; set-cookie values stay apart, as getSetCookie and
// iteration need them one by one.
function newHeaderList() {
  return { map: new Map(), cookies: [] };
}

function listAppend(list, name, value) {
  const key = name.toLowerCase();
  const entry = list.map.get(key);
  if (entry === undefined) list.map.set(key, { name, value });
  else entry.value = `${entry.value}, ${value}`;
  if (key === 'set-cookie') list.cookies.push(value);
}

function listSet(list, name, value) {
  const key = name.toLowerCase();
  const entry = list.map.get(key);
  if (entry === undefined) list.map.set(key, { name, value });
  else entry.value = value;
  if (key === 'set-cookie') list.cookies = [value];
}

function listDelete(list, key) {
  list.map.delete(key);
  if (key === 'set-cookie') list.cookies = [];
}

function listGet(list, key) {
  const entry = list.map.get(key);
  return entry === undefined ? null : entry.value;
}

function listCopy(list) {
  const copy = newHeaderList();
  for (const [k, e] of list.map) copy.map.set(k, { name: e.name, value: e.value });
  copy.cookies = list.cookies.slice();
  return copy;
}

// Fetch §5.2 "sort and combine".
function sortedEntries(list) {
  const out = [];
  for (const key of [...list.map.keys()].sort()) {
    if (key === 'set-cookie') {
      for (const v of list.cookies) out.push([key, v]);
    } else {
      out.push([key, list.map.get(key).value]);
    }
  }
  return out;
}

function fillHeaders(h, init, where) {
  if (init === undefined) return;
  if (init === null || typeof init !== 'object') {
    throw typeError(`${where}: Argument 1 could not be converted to one of: ` +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const arr = typeof pair === 'string' ? null : [...pair];
      if (arr === null || arr.length !== 2) {
        throw typeError(`${where}: expected name/value pair to be length 2, found ${arr === null ? 0 : arr.length}.`);
      }
      headersAppend(h, String(arr[0]), arr[1], 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const d = Reflect.getOwnPropertyDescriptor(init, key);
    if (d === undefined || !d.enumerable) continue;
    if (typeof key === 'symbol') {
      throw typeError(`${where}: Argument 1 could not be converted to one of: ` +
        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    headersAppend(h, key, init[key], 'Headers.append');
  }
}

function headersAppend(h, name, value, where) {
  const s = headerSlots.get(h);
  value = normalizeValue(value);
  checkName(name, where);
  checkValue(value, where);
  if (s.guard === 'immutable') throw typeError('immutable');
  listAppend(s.list, name, value);
}

class Headers {
  constructor(init = undefined) {
    headerSlots.set(this, { list: newHeaderList(), guard: 'none' });
    fillHeaders(this, init, 'Headers constructor');
  }

  append(name, value) {
    headersSlot(this);
    requireArgs(arguments, 2, 'Headers.append');
    headersAppend(this, String(name), value, 'Headers.append');
  }

  delete(name) {
    const s = headersSlot(this);
    requireArgs(arguments, 1, 'Headers.delete');
    name = String(name);
    checkName(name, 'Headers.delete');
    if (s.guard === 'immutable') throw typeError('immutable');
    listDelete(s.list, name.toLowerCase());
  }

  get(name) {
    const s = headersSlot(this);
    requireArgs(arguments, 1, 'Headers.get');
    name = String(name);
    checkName(name, 'Headers.get');
    return listGet(s.list, name.toLowerCase());
  }

  has(name) {
    const s = headersSlot(this);
    requireArgs(arguments, 1, 'Headers.has');
    name = String(name);
    checkName(name, 'Headers.has');
    return s.list.map.has(name.toLowerCase());
  }

  set(name, value) {
    const s = headersSlot(this);
    requireArgs(arguments, 2, 'Headers.set');
    name = String(name);
    value = normalizeValue(value);
    checkName(name, 'Headers.set');
    checkValue(value, 'Headers.set');
    if (s.guard === 'immutable') throw typeError('immutable');
    listSet(s.list, name, value);
  }

  getSetCookie() {
    return headersSlot(this).list.cookies.slice();
  }

  keys() {
    return headersIterator(headersSlot(this), 0);
  }

  values() {
    return headersIterator(headersSlot(this), 1);
  }

  entries() {
    return headersIterator(headersSlot(this), 2);
  }

  forEach(callback, thisArg = undefined) {
    const s = headersSlot(this);
    requireArgs(arguments, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw typeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of sortedEntries(s.list)) Reflect.apply(callback, thisArg, [v, k, this]);
  }

  [kInspect](depth, options, inspect) {
    const fields = {};
    for (const e of headersSlot(this).list.map.values()) fields[e.name] = e.value;
    return inspectAs('Headers', fields, depth, options, inspect);
  }
}

defineClass(Headers, 'Headers', ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values',
  'entries', 'forEach']);
Object.defineProperty(Headers.prototype, Symbol.iterator, {
  __proto__: null, value: Headers.prototype.entries, writable: true, configurable: true,
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const headersIteratorProto = Object.create(IteratorPrototype, {
  next: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function next() {
      const it = headerIterators.get(this);
      if (it === undefined) throw illegalInvocation();
      const entries = sortedEntries(it.list);
      if (it.index >= entries.length) return { value: undefined, done: true };
      const [k, v] = entries[it.index++];
      return { value: it.kind === 0 ? k : it.kind === 1 ? v : [k, v], done: false };
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'Headers Iterator', configurable: true },
});
const headerIterators = new WeakMap();

function headersIterator(s, kind) {
  const it = Object.create(headersIteratorProto);
  headerIterators.set(it, { list: s.list, kind, index: 0 });
  return it;
}

function newHeaders(list, guard) {
  const h = Object.create(Headers.prototype);
  headerSlots.set(h, { list, guard });
  return h;
}

// ---------------------------------------------------------------------------
// FormData (XMLHttpRequest §4.3)

const formSlots = new WeakMap();

function formSlot(f) {
  const s = (f !== null && typeof f === 'object') ? formSlots.get(f) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}

function formEntry(name, value, filename, where) {
  name = String(name);
  if (value instanceof Blob) {
    if (!(value instanceof File) || filename !== undefined) {
      const fname = filename !== undefined ? String(filename) : value instanceof File ? value.name : 'blob';
      value = new File([value], fname, { type: value.type,
        lastModified: value instanceof File ? value.lastModified : undefined });
    }
  } else {
    if (filename !== undefined) {
      throw typeError(`Failed to execute '${where}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    value = String(value);
  }
  return { name, value };
}

class FormData {
  constructor(form) {
    if (form !== undefined) throw typeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    formSlots.set(this, { entries: [] });
  }

  append(name, value, filename = undefined) {
    const s = formSlot(this);
    requireArgs(arguments, 2, 'FormData.append');
    s.entries.push(formEntry(name, value, arguments.length > 2 ? filename : undefined, 'append'));
  }

  delete(name) {
    const s = formSlot(this);
    requireArgs(arguments, 1, 'FormData.delete');
    name = String(name);
    s.entries = s.entries.filter((e) => e.name !== name);
  }

  get(name) {
    const s = formSlot(this);
    requireArgs(arguments, 1, 'FormData.get');
    name = String(name);
    const e = s.entries.find((x) => x.name === name);
    return e === undefined ? null : e.value;
  }

  getAll(name) {
    const s = formSlot(this);
    requireArgs(arguments, 1, 'FormData.getAll');
    name = String(name);
    return s.entries.filter((e) => e.name === name).map((e) => e.value);
  }

  has(name) {
    const s = formSlot(this);
    requireArgs(arguments, 1, 'FormData.has');
    name = String(name);
    return s.entries.some((e) => e.name === name);
  }

  set(name, value, filename = undefined) {
    const s = formSlot(this);
    requireArgs(arguments, 2, 'FormData.set');
    const entry = formEntry(name, value, arguments.length > 2 ? filename : undefined, 'set');
    const i = s.entries.findIndex((e) => e.name === entry.name);
    if (i === -1) {
      s.entries.push(entry);
    } else {
      s.entries[i] = entry;
      s.entries = s.entries.filter((e, j) => j <= i || e.name !== entry.name);
    }
  }

  keys() {
    return formIterator(formSlot(this), 0);
  }

  values() {
    return formIterator(formSlot(this), 1);
  }

  entries() {
    return formIterator(formSlot(this), 2);
  }

  forEach(callback, thisArg = undefined) {
    const s = formSlot(this);
    requireArgs(arguments, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw typeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const e of s.entries.slice()) Reflect.apply(callback, thisArg, [e.value, e.name, this]);
  }

  [kInspect](depth, options, inspect) {
    const fields = {};
    for (const e of formSlot(this).entries) {
      if (!(e.name in fields)) fields[e.name] = e.value;
      else if (Array.isArray(fields[e.name])) fields[e.name].push(e.value);
      else fields[e.name] = [fields[e.name], e.value];
    }
    return inspectAs('FormData', fields, depth, options, inspect);
  }
}

defineClass(FormData, 'FormData', ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries',
  'forEach']);
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  __proto__: null, value: FormData.prototype.entries, writable: true, configurable: true,
});

const formIterators = new WeakMap();
const formIteratorProto = Object.create(IteratorPrototype, {
  next: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function next() {
      const it = formIterators.get(this);
      if (it === undefined) throw illegalInvocation();
      if (it.index >= it.s.entries.length) return { value: undefined, done: true };
      const e = it.s.entries[it.index++];
      return { value: it.kind === 0 ? e.name : it.kind === 1 ? e.value : [e.name, e.value], done: false };
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'FormData Iterator', configurable: true },
});

function formIterator(s, kind) {
  const it = Object.create(formIteratorProto);
  formIterators.set(it, { s, kind, index: 0 });
  return it;
}

// multipart/form-data (RFC 7578) serialisation of a FormData body.
function multipartBody(form) {
  const boundary = `----formdata-undici-0${String(Math.random()).slice(2, 13).padStart(11, '0')}`;
  const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const normalize = (s) => s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
  const parts = [];
  for (const { name, value } of formSlots.get(form).entries) {
    if (typeof value === 'string') {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(normalize(name))}"` +
        `\r\n\r\n${normalize(value)}\r\n`));
    } else {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(normalize(name))}"` +
        `; filename="${escape(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(value);
      parts.push(encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  return { parts, type: `multipart/form-data; boundary=${boundary}` };
}

// parseMultipart reads a multipart/form-data body back into a FormData.
function parseMultipart(bytes, boundary) {
  const form = new FormData();
  const text = Buffer.from(bytes).toString('latin1');
  const delimiter = `--${boundary}`;
  const sections = text.split(delimiter);
  if (sections.length < 2) throw typeError('Failed to parse body as FormData.');
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    const headerEnd = section.indexOf('\r\n\r\n');
    if (headerEnd === -1) throw typeError('Failed to parse body as FormData.');
    const head = section.slice(2, headerEnd);
    let body = section.slice(headerEnd + 4);
    if (body.endsWith('\r\n')) body = body.slice(0, -2);
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(head);
    if (disposition === null) throw typeError('Failed to parse body as FormData.');
    const name = /\bname="([^"]*)"/i.exec(disposition[1]);
    const filename = /\bfilename="([^"]*)"/i.exec(disposition[1]);
    const type = /content-type:\s*([^\r\n]*)/i.exec(head);
    const nameText = Buffer.from(name ? name[1] : '', 'latin1').toString('utf8');
    const raw = Buffer.from(body, 'latin1');
    if (filename !== null) {
      form.append(nameText, new File([raw], Buffer.from(filename[1], 'latin1').toString('utf8'),
        { type: type ? type[1] : '' }));
    } else {
      form.append(nameText, raw.toString('utf8'));
    }
  }
  return form;
}

// ---------------------------------------------------------------------------
// Bodies (Fetch §5.1 "extract a body" and the Body mixin §6.3)

function bytesOf(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// extractBody returns { stream, source, length, type }: source is a
// Uint8Array (or a list of parts for FormData) that a stream is made from
// on demand, or null for a ReadableStream body.
function extractBody(object) {
  if (object instanceof ReadableStream) {
    if (object.locked || streamSlot(object, 'rs').disturbed) {
      throw typeError('Response body object should not be disturbed or locked');
    }
    return { stream: object, source: null, length: null, type: null };
  }
  let source;
  let type = null;
  if (typeof object === 'string') {
    source = encoder.encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = encoder.encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (object instanceof ArrayBuffer) {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = bytesOf(object);
  } else if (object instanceof Blob) {
    return { stream: null, source: null, blob: object, length: object.size, type: object.type || null };
  } else if (object instanceof FormData) {
    const { parts, type: t } = multipartBody(object);
    return { stream: null, source: null, parts, length: null, type: t };
  } else if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { stream: ReadableStream.from(object), source: null, length: null, type: null };
  } else {
    source = encoder.encode(String(object));
    type = 'text/plain;charset=UTF-8';
  }
  return { stream: null, source, length: source.byteLength, type };
}

// bodyStream returns the body's ReadableStream, making it on first use.
function bodyStream(body) {
  if (body.stream === null) {
    const { source, blob, parts } = body;
    let pending = parts ? parts.slice() : blob ? [blob] : [source];
    body.stream = new ReadableStream({
      type: 'bytes',
      async pull(c) {
        while (pending.length > 0) {
          let chunk = pending.shift();
          if (chunk instanceof Blob) chunk = new Uint8Array(await chunk.arrayBuffer());
          if (chunk.byteLength > 0) {
            c.enqueue(chunk);
            return;
          }
        }
        pending = [];
        c.close();
        c.byobRequest?.respond(0);
      },
    });
  }
  return body.stream;
}

// A body is unusable once read, or once a Request made from its owner
// took it over (`used`).
function isUnusable(body) {
  if (body === null) return false;
  if (body.used) return true;
  if (body.stream === null) return false;
  return body.stream.locked || streamSlot(body.stream, 'rs').disturbed;
}

async function consumeBytes(body) {
  if (body === null) return new Uint8Array(0);
  if (body.stream === null && body.source !== null) {
    body.used = true;
    return body.source;
  }
  const reader = bodyStream(body).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw typeError('Received non-Uint8Array chunk');
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

function utf8Decode(bytes) {
  return new TextDecoder().decode(bytes);
}

// The Body mixin's consumers, shared by Request and Response: each takes
// the record holding [[body]] and [[headers]].
function consume(rec, kind) {
  if (isUnusable(rec.body)) return Promise.reject(typeError('Body is unusable: Body has already been read'));
  return consumeBytes(rec.body).then((bytes) => {
    switch (kind) {
      case 'arrayBuffer':
        return bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
      case 'bytes':
        return bytes;
      case 'text':
        return utf8Decode(bytes);
      case 'json':
        return JSON.parse(utf8Decode(bytes));
      case 'blob':
        return new Blob([bytes], { type: mimeOf(rec) });
      default:
        return formDataOf(rec, bytes);
    }
  });
}

function mimeOf(rec) {
  const t = listGet(rec.headers, 'content-type');
  return t === null ? '' : t;
}

function formDataOf(rec, bytes) {
  const type = mimeOf(rec);
  const essence = type.split(';')[0].trim().toLowerCase();
  if (essence === 'multipart/form-data') {
    const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
    if (m === null) throw typeError('Failed to parse body as FormData.');
    return parseMultipart(bytes, m[1] || m[2].trim());
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const form = new FormData();
    for (const [k, v] of new URLSearchParams(utf8Decode(bytes))) form.append(k, v);
    return form;
  }
  throw typeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null && body.source !== null) return { ...body };
  const [a, b] = bodyStream(body).tee();
  body.stream = a;
  return { ...body, stream: b };
}

// ---------------------------------------------------------------------------
// Request (Fetch §6.4)

const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const requestSlots = new WeakMap();

function requestSlot(r) {
  const s = (r !== null && typeof r === 'object') ? requestSlots.get(r) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}

function parseURL(input, what = 'URL') {
  try {
    return new URL(input);
  } catch (err) {
    throw typeError(`Failed to parse ${what} from ${input}`, { cause: err });
  }
}

function enumOption(value, allowed) {
  if (value === undefined) return undefined;
  const v = String(value);
  if (!allowed.includes(v)) {
    throw typeError(`Request constructor: ${v} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return v;
}

class Request {
  constructor(input, init = {}) {
    requireArgs(arguments, 1, 'Request constructor');
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) init = {};
    let base = null;
    let url;
    if (input instanceof Request) {
      base = requestSlot(input);
      url = base.url;
    } else {
      url = parseURL(String(input));
      if (url.username !== '' || url.password !== '') {
        throw typeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
    }
    const rec = {
      method: base ? base.method : 'GET',
      url,
      headers: base ? listCopy(base.headers) : newHeaderList(),
      redirect: base ? base.redirect : 'follow',
      mode: base ? base.mode : 'cors',
      credentials: base ? base.credentials : 'same-origin',
      cache: base ? base.cache : 'default',
      integrity: base ? base.integrity : '',
      keepalive: base ? base.keepalive : false,
      referrer: base ? base.referrer : 'about:client',
      referrerPolicy: base ? base.referrerPolicy : '',
      body: base ? base.body : null,
      duplex: 'half',
      signal: undefined,
    };
    if (init.mode !== undefined) {
      const mode = String(init.mode);
      if (mode === 'navigate') throw typeError('Request constructor: invalid request mode navigate.');
      rec.mode = enumOption(mode, ['same-origin', 'no-cors', 'cors']);
    }
    if (init.redirect !== undefined) rec.redirect = enumOption(init.redirect, ['follow', 'manual', 'error']);
    if (init.credentials !== undefined) {
      rec.credentials = enumOption(init.credentials, ['omit', 'same-origin', 'include']);
    }
    if (init.cache !== undefined) {
      rec.cache = enumOption(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache',
        'only-if-cached']);
    }
    if (init.integrity !== undefined) rec.integrity = String(init.integrity);
    if (init.keepalive !== undefined) rec.keepalive = Boolean(init.keepalive);
    if (init.referrerPolicy !== undefined) rec.referrerPolicy = String(init.referrerPolicy);
    if (init.method !== undefined) {
      let method = String(init.method);
      if (!tokenRe.test(method)) throw typeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw typeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.has(upper)) method = upper;
      rec.method = method;
    }
    const signal = init.signal !== undefined ? init.signal : base ? base.signal : undefined;
    if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) {
      throw typeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    // The request's own signal follows the one given, as the spec's
    // "follow" step makes it.
    const controller = new AbortController();
    if (signal) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    rec.signal = controller.signal;
    if (init.headers !== undefined) {
      const h = newHeaders(newHeaderList(), 'request');
      fillHeaders(h, init.headers, 'Headers constructor');
      rec.headers = headerSlots.get(h).list;
    }
    const initBody = init.body;
    if ((initBody !== undefined && initBody !== null) || (base && base.body !== null && init.body === undefined)) {
      if (rec.method === 'GET' || rec.method === 'HEAD') {
        throw typeError('Request with GET/HEAD method cannot have body.');
      }
    }
    if (initBody !== undefined && initBody !== null) {
      const body = extractBody(initBody);
      if (body.type !== null && !rec.headers.map.has('content-type')) {
        listAppend(rec.headers, 'content-type', body.type);
      }
      if (body.source === null && body.stream !== null && initBody instanceof ReadableStream) {
        if (init.duplex === undefined) throw typeError('RequestInit: duplex option is required when sending a body.');
      }
      rec.body = body;
    } else if (initBody === null) {
      rec.body = null;
    }
    if (base && base.body !== null && init.body === undefined) {
      if (isUnusable(base.body)) {
        throw typeError('Cannot construct a Request with a Request object that has already been used.');
      }
      rec.body = { ...base.body };
      base.body.used = true;
    }
    rec.headersObj = newHeaders(rec.headers, 'request');
    requestSlots.set(this, rec);
  }

  get method() { return requestSlot(this).method; }

  get url() { return requestSlot(this).url.href; }

  get headers() { return requestSlot(this).headersObj; }

  get destination() { requestSlot(this); return ''; }

  get referrer() {
    const r = requestSlot(this).referrer;
    return r === 'no-referrer' ? '' : r;
  }

  get referrerPolicy() { return requestSlot(this).referrerPolicy; }

  get mode() { return requestSlot(this).mode; }

  get credentials() { return requestSlot(this).credentials; }

  get cache() { return requestSlot(this).cache; }

  get redirect() { return requestSlot(this).redirect; }

  get integrity() { return requestSlot(this).integrity; }

  get keepalive() { return requestSlot(this).keepalive; }

  get isReloadNavigation() { requestSlot(this); return false; }

  get isHistoryNavigation() { requestSlot(this); return false; }

  get signal() { return requestSlot(this).signal; }

  get body() {
    const b = requestSlot(this).body;
    return b === null ? null : bodyStream(b);
  }

  get bodyUsed() {
    const b = requestSlot(this).body;
    return b !== null && isUnusable(b);
  }

  get duplex() { requestSlot(this); return 'half'; }

  clone() {
    const rec = requestSlot(this);
    if (isUnusable(rec.body)) throw typeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    const c = { ...rec, headers: listCopy(rec.headers), body: cloneBody(rec.body) };
    c.headersObj = newHeaders(c.headers, 'request');
    const controller = new AbortController();
    if (rec.signal.aborted) controller.abort(rec.signal.reason);
    else rec.signal.addEventListener('abort', () => controller.abort(rec.signal.reason), { once: true });
    c.signal = controller.signal;
    requestSlots.set(copy, c);
    return copy;
  }

  blob() { return bodyMethod(this, requestSlots, 'blob'); }

  arrayBuffer() { return bodyMethod(this, requestSlots, 'arrayBuffer'); }

  text() { return bodyMethod(this, requestSlots, 'text'); }

  json() { return bodyMethod(this, requestSlots, 'json'); }

  formData() { return bodyMethod(this, requestSlots, 'formData'); }

  bytes() { return bodyMethod(this, requestSlots, 'bytes'); }

  [kInspect](depth, options, inspect) {
    return inspectAs('Request', {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect, integrity: this.integrity,
      keepalive: this.keepalive, isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation, signal: this.signal,
    }, depth, options, inspect);
  }
}

defineClass(Request, 'Request', ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
  'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation',
  'signal', 'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);

function bodyMethod(obj, table, kind) {
  const rec = (obj !== null && typeof obj === 'object') ? table.get(obj) : undefined;
  if (rec === undefined) return Promise.reject(illegalInvocation());
  return consume(rec, kind);
}

// ---------------------------------------------------------------------------
// Response (Fetch §6.5)

const responseSlots = new WeakMap();

function responseSlot(r) {
  const s = (r !== null && typeof r === 'object') ? responseSlots.get(r) : undefined;
  if (s === undefined) throw illegalInvocation();
  return s;
}

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

function newResponseRecord() {
  return {
    type: 'default', status: 200, statusText: '', headers: newHeaderList(), body: null, urlList: [],
  };
}

function makeResponse(rec, guard = 'response') {
  const r = Object.create(Response.prototype);
  rec.headersObj = newHeaders(rec.headers, guard);
  responseSlots.set(r, rec);
  return r;
}

// §6.5 "initialize a response"
function initializeResponse(rec, init, body) {
  if (init.status !== undefined) {
    const status = Number(init.status) & 0xffff;
    if (Number.isNaN(Number(init.status)) || status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    rec.status = status;
  }
  if (init.statusText !== undefined) {
    const text = String(init.statusText);
    if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(text)) throw typeError('Invalid statusText');
    rec.statusText = text;
  }
  if (init.headers !== undefined) {
    const h = newHeaders(newHeaderList(), 'response');
    fillHeaders(h, init.headers, 'Headers constructor');
    rec.headers = headerSlots.get(h).list;
  }
  if (body !== null) {
    if (nullBodyStatus.has(rec.status)) {
      throw typeError(`Response constructor: Invalid response status code ${rec.status}`);
    }
    rec.body = body;
    if (body.type !== null && !rec.headers.map.has('content-type')) listAppend(rec.headers, 'content-type', body.type);
  }
}

function responseInit(init) {
  if (init === undefined || init === null) return {};
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw typeError("Response constructor: Expected init to be a dictionary.");
  }
  return init;
}

class Response {
  constructor(body = null, init = {}) {
    init = responseInit(init);
    const rec = newResponseRecord();
    initializeResponse(rec, init, body === null || body === undefined ? null : extractBody(body));
    rec.headersObj = newHeaders(rec.headers, 'response');
    responseSlots.set(this, rec);
  }

  static error() {
    const rec = newResponseRecord();
    rec.type = 'error';
    rec.status = 0;
    return makeResponse(rec, 'immutable');
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw typeError('Value is not JSON serializable');
    const rec = newResponseRecord();
    const body = extractBody(text);
    body.type = 'application/json';
    initializeResponse(rec, responseInit(init), body);
    return makeResponse(rec);
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(String(url));
    status = Number(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const rec = newResponseRecord();
    rec.status = status;
    listSet(rec.headers, 'location', parsed.href);
    return makeResponse(rec, 'immutable');
  }

  get type() { return responseSlot(this).type; }

  get url() {
    const list = responseSlot(this).urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }

  get redirected() { return responseSlot(this).urlList.length > 1; }

  get status() { return responseSlot(this).status; }

  get ok() {
    const s = responseSlot(this).status;
    return s >= 200 && s <= 299;
  }

  get statusText() { return responseSlot(this).statusText; }

  get headers() { return responseSlot(this).headersObj; }

  get body() {
    const b = responseSlot(this).body;
    return b === null ? null : bodyStream(b);
  }

  get bodyUsed() {
    const b = responseSlot(this).body;
    return b !== null && isUnusable(b);
  }

  clone() {
    const rec = responseSlot(this);
    if (isUnusable(rec.body)) throw typeError('Response.clone: Body has already been consumed.');
    const c = { ...rec, headers: listCopy(rec.headers), body: cloneBody(rec.body), urlList: rec.urlList.slice() };
    return makeResponse(c, headerSlots.get(rec.headersObj).guard);
  }

  blob() { return bodyMethod(this, responseSlots, 'blob'); }

  arrayBuffer() { return bodyMethod(this, responseSlots, 'arrayBuffer'); }

  text() { return bodyMethod(this, responseSlots, 'text'); }

  json() { return bodyMethod(this, responseSlots, 'json'); }

  formData() { return bodyMethod(this, responseSlots, 'formData'); }

  bytes() { return bodyMethod(this, responseSlots, 'bytes'); }

  [kInspect](depth, options, inspect) {
    return inspectAs('Response', {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, depth, options, inspect);
  }
}

defineClass(Response, 'Response', ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body',
  'bodyUsed', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);

// ---------------------------------------------------------------------------
// fetch (Fetch §5.1, over node:http)

// Fetch §2.9 "bad port".
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514,
  515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659,
  4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

// SocketError is undici's error for a connection the server closed before
// it answered; fetch's TypeError carries it as its cause.
class SocketError extends Error {
  constructor(message, socket) {
    super(message);
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
    this.socket = socket;
    this[Symbol.for('undici.error.UND_ERR')] = true;
    this[Symbol.for('undici.error.UND_ERR_SOCKET')] = true;
  }
}

function socketError(socket, addresses) {
  const info = socket ? {
    localAddress: addresses.localAddress,
    localPort: addresses.localPort,
    remoteAddress: addresses.remoteAddress,
    remotePort: addresses.remotePort,
    remoteFamily: addresses.remoteFamily,
    timeout: undefined,
    bytesWritten: socket.bytesWritten,
    bytesRead: socket.bytesRead,
  } : null;
  return new SocketError('other side closed', info);
}

function fetchFailed(cause) {
  return typeError('fetch failed', { cause });
}

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason
    : new DOMException('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const rec = requestSlot(request);
  const signal = rec.signal;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const state = { req: null, res: null, stream: null, done: false };
    const onAbort = () => {
      const reason = abortReason(signal);
      if (state.req) state.req.destroy();
      if (state.stream) {
        try {
          state.stream.error(reason);
        } catch {}
      }
      if (!state.done) {
        state.done = true;
        reject(reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const finish = (err, response) => {
      if (state.done) return;
      state.done = true;
      if (err) {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      } else {
        resolve(response);
      }
    };
    mainFetch(rec, [rec.url.href], state, finish, signal, onAbort);
  });
}

// fetch's connections are its own, as undici's pool is node's fetch's: not
// those of http's and https's global agents, whose sockets, limits and
// options a program sets for http.request. One keep-alive agent per scheme.
const fetchAgents = { __proto__: null };

function fetchAgent(protocol) {
  if (fetchAgents[protocol] === undefined) {
    const agent = new (require(protocol === 'http:' ? 'http' : 'https').Agent)({
      keepAlive: true, scheduling: 'lifo', timeout: 5000,
    });
    const base = agent.createConnection;
    // The connector the channels name, as undici's is named.
    const connect = function connect(options, cb) { return base.call(agent, options, cb); };
    agent.createConnection = function createConnection(options, cb) {
      return undiciTracing() ? tracedConnect(agent, connect, options, cb) : connect(options, cb);
    };
    fetchAgents[protocol] = agent;
  }
  return fetchAgents[protocol];
}

// ---- undici's diagnostics channels ----
// node's fetch is undici, which publishes each request's life on channels
// that APM tools listen to (OpenTelemetry's undici instrumentation starts
// its span at the creation and adds its trace headers to the request
// there). Kiln's fetch publishes the same messages, with a request object
// of undici's shape, when anyone listens on them.
let undiciChannels;

function undiciTracing() {
  if (undiciChannels === undefined) {
    const dc = require('diagnostics_channel');
    undiciChannels = {
      beforeConnect: dc.channel('undici:client:beforeConnect'),
      connected: dc.channel('undici:client:connected'),
      connectError: dc.channel('undici:client:connectError'),
      create: dc.channel('undici:request:create'),
      sendHeaders: dc.channel('undici:client:sendHeaders'),
      bodySent: dc.channel('undici:request:bodySent'),
      headers: dc.channel('undici:request:headers'),
      trailers: dc.channel('undici:request:trailers'),
      error: dc.channel('undici:request:error'),
    };
  }
  for (const name in undiciChannels) if (undiciChannels[name].hasSubscribers) return true;
  return false;
}

// tracedConnect makes a connection of fetch's agent through connect (the
// agent's own createConnection) and publishes it as undici's client
// does: before it is made, once connected, or its failure to connect.
function tracedConnect(agent, connect, options, cb) {
  const c = undiciChannels;
  const hostname = options.host.includes(':') ? `[${options.host}]` : options.host;
  const port = options.port === agent.defaultPort ? '' : String(options.port);
  const connectParams = {
    host: port === '' ? hostname : `${hostname}:${port}`, hostname, protocol: agent.protocol, port,
    version: undefined, servername: null, localAddress: null,
  };
  c.beforeConnect.publish({ connectParams, connector: connect });
  const socket = connect(options, cb);
  if (!socket) return socket;
  const onConnect = () => {
    socket.removeListener('error', onError);
    connectParams.version = 'h1';
    c.connected.publish({ connectParams, connector: connect, socket });
  };
  const onError = (error) => {
    socket.removeListener(agent.protocol === 'https:' ? 'secureConnect' : 'connect', onConnect);
    c.connectError.publish({ connectParams, connector: connect, error });
  };
  socket.once(agent.protocol === 'https:' ? 'secureConnect' : 'connect', onConnect);
  socket.once('error', onError);
  return socket;
}

// UndiciRequest has the fields of undici's Request that subscribers read,
// in its order; headers are [name, value, ...] without host, connection
// and content-length, which undici adds as it writes the head.
class UndiciRequest {
  constructor(rec, url, headers, contentLength) {
    const body = rec.body;
    this.headersTimeout = undefined;
    this.bodyTimeout = undefined;
    this.throwOnError = false;
    this.method = rec.method;
    this.abort = null;
    this.body = body === null ? null : body.source ?? body.stream ?? null;
    this.completed = false;
    this.aborted = false;
    this.upgrade = null;
    this.path = url.pathname + url.search;
    this.origin = url.origin;
    this.idempotent = rec.method === 'GET' || rec.method === 'HEAD';
    this.blocking = false;
    this.reset = null;
    this.host = null;
    this.contentLength = contentLength;
    this.contentType = listGet(rec.headers, 'content-type');
    this.headers = headers;
    this.expectContinue = false;
    this.servername = null;
  }

  addHeader(key, value) {
    this.headers.push(key, value);
    return this;
  }
}
Object.defineProperty(UndiciRequest, 'name', { __proto__: null, value: 'Request' });

// traceRequest publishes req's life on undici's channels: the head when it
// goes to a connected socket, the body sent, the response's head, its end
// (undici's trailers), or the error that ended it: an abort's reason when
// the signal aborted it, published as the signal aborts, before fetch's
// promise settles.
function traceRequest(req, request, signal) {
  const c = undiciChannels;
  let over = false;
  const fail = (error) => {
    if (over) return;
    over = true;
    signal.removeEventListener('abort', onAbort);
    c.error.publish({ request, error });
  };
  const onAbort = () => fail(abortReason(signal));
  signal.addEventListener('abort', onAbort, { once: true });
  req.on('socket', (socket) => {
    const sendHeaders = () => {
      if (!c.sendHeaders.hasSubscribers) return;
      let head = `${request.method} ${request.path} HTTP/1.1\r\nhost: ${new URL(request.origin).host}\r\nconnection: keep-alive\r\n`;
      for (let i = 0; i < request.headers.length; i += 2) head += `${request.headers[i]}: ${request.headers[i + 1]}\r\n`;
      c.sendHeaders.publish({ request, headers: head, socket });
    };
    if (socket.connecting) socket.once('connect', sendHeaders);
    else sendHeaders();
  });
  req.on('finish', () => c.bodySent.publish({ request }));
  req.on('response', (res) => {
    const raw = (list) => list.map((v) => Buffer.from(v, 'latin1'));
    c.headers.publish({
      request, response: { statusCode: res.statusCode, headers: raw(res.rawHeaders), statusText: res.statusMessage },
    });
    res.on('end', () => {
      over = true;
      signal.removeEventListener('abort', onAbort);
      request.completed = true;
      c.trailers.publish({ request, trailers: raw(res.rawTrailers) });
    });
  });
  req.on('error', fail);
}

function mainFetch(rec, urlList, state, finish, signal, onAbort) {
  const url = new URL(urlList[urlList.length - 1]);
  if (url.protocol === 'data:') {
    let parsed;
    try {
      parsed = parseDataURL(url);
    } catch (err) {
      finish(fetchFailed(err));
      return;
    }
    const res = newResponseRecord();
    res.type = 'basic';
    res.statusText = 'OK';
    res.urlList = urlList;
    listSet(res.headers, 'content-type', parsed.type);
    res.body = { stream: null, source: parsed.bytes, length: parsed.bytes.byteLength, type: null };
    finish(null, makeResponse(res, 'immutable'));
    return;
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if ((url.protocol === 'http:' || url.protocol === 'https:') && badPorts.has(port)) {
    finish(fetchFailed(new Error('bad port')));
    return;
  }
  // The request is made with http's ClientRequest itself, not through
  // http.request or https.request: node's fetch is undici, which never calls
  // them, so what wraps them (OpenTelemetry's http instrumentation) must not
  // see fetch's requests; nor do they publish on http's diagnostics
  // channels (kFromFetch).
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    finish(fetchFailed(new Error('unknown scheme')));
    return;
  }
  const agent = fetchAgent(url.protocol);
  // Undici's request headers, in its order: host and connection, the
  // request's own, then the defaults it adds when they are missing.
  const headers = [['host', url.host], ['connection', 'keep-alive']];
  for (const e of rec.headers.map.values()) {
    if (e.name.toLowerCase() === 'set-cookie') {
      for (const v of rec.headers.cookies) headers.push([e.name, v]);
    } else {
      headers.push([e.name, e.value]);
    }
  }
  const has = (name) => rec.headers.map.has(name);
  if (!has('accept')) headers.push(['accept', '*/*']);
  if (!has('accept-language')) headers.push(['accept-language', '*']);
  if (!has('sec-fetch-mode')) headers.push(['sec-fetch-mode', 'cors']);
  if (!has('user-agent')) headers.push(['user-agent', 'node']);
  if (!has('accept-encoding')) headers.push(['accept-encoding', 'gzip, deflate']);
  const body = rec.body;
  let length = null;
  if (body !== null && body.length !== null) length = body.length;
  else if (body === null && (rec.method === 'POST' || rec.method === 'PUT')) length = 0;
  let traced = null;
  if (undiciTracing()) {
    traced = new UndiciRequest(rec, url, headers.slice(2).flat(), body === null ? null : length);
    undiciChannels.create.publish({ request: traced });
    // The headers a subscriber added (a tracer's traceparent) go out with
    // the request, before its length, as undici writes them.
    headers.length = 2;
    for (let i = 0; i < traced.headers.length; i += 2) headers.push([traced.headers[i], traced.headers[i + 1]]);
  }
  if (length !== null) headers.push(['content-length', String(length)]);
  let req;
  try {
    req = new (require('http').ClientRequest)({
      [kFromFetch]: true,
      agent,
      _defaultAgent: agent,
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port,
      path: url.pathname + url.search,
      method: rec.method,
      headers: headers.flat(),
      setHost: false,
    });
  } catch (err) {
    finish(fetchFailed(err));
    return;
  }
  state.req = req;
  if (traced !== null) traceRequest(req, traced, signal);
  req.on('error', (err) => {
    if (state.res === null) finish(fetchFailed(err.code === 'ECONNRESET' ? socketError(req.socket, addresses) : err));
  });
  // A closed socket forgets its addresses; undici reports them as they were.
  // A kept-alive socket the agent hands over again is connected already:
  // waiting for its 'connect' added a listener per request that never ran,
  // and each held its request alive as long as the socket lived.
  let addresses = {};
  req.on('socket', (socket) => {
    const record = () => {
      addresses = {
        localAddress: socket.localAddress, localPort: socket.localPort,
        remoteAddress: socket.remoteAddress, remotePort: socket.remotePort, remoteFamily: socket.remoteFamily,
      };
    };
    if (socket.connecting) socket.once('connect', record);
    else record();
  });
  req.on('response', (res) => {
    state.res = res;
    const status = res.statusCode;
    const location = res.headers.location;
    if (redirectStatus.has(status) && location !== undefined && rec.redirect !== 'manual') {
      res.resume();
      if (rec.redirect === 'error') {
        finish(fetchFailed(new Error('unexpected redirect')));
        return;
      }
      let next;
      try {
        next = new URL(location, url);
      } catch (err) {
        finish(fetchFailed(err));
        return;
      }
      if (urlList.length > 20) {
        finish(fetchFailed(new Error('redirect count exceeded')));
        return;
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        finish(fetchFailed(new Error('URL scheme must be a HTTP(S) scheme')));
        return;
      }
      if (rec.body !== null && rec.body.source === null && rec.body.blob === undefined &&
          rec.body.parts === undefined && status !== 303) {
        finish(fetchFailed(new Error('Cannot follow redirect with body being a readable stream')));
        return;
      }
      const nextRec = { ...rec, headers: listCopy(rec.headers) };
      if (((status === 301 || status === 302) && rec.method === 'POST') ||
          (status === 303 && rec.method !== 'GET' && rec.method !== 'HEAD')) {
        nextRec.method = 'GET';
        nextRec.body = null;
        for (const h of ['content-encoding', 'content-language', 'content-location', 'content-type',
          'content-length']) {
          listDelete(nextRec.headers, h);
        }
      }
      if (next.origin !== url.origin) {
        for (const h of ['authorization', 'cookie', 'proxy-authorization', 'host']) listDelete(nextRec.headers, h);
      }
      // The next request goes once this response is over, as undici's
      // does (so this one's trailers are published before the next's
      // creation).
      require('stream').finished(res, (err) => {
        if (err) {
          finish(fetchFailed(err));
          return;
        }
        state.res = null;
        mainFetch(nextRec, [...urlList, next.href], state, finish, signal, onAbort);
      });
      return;
    }
    const out = newResponseRecord();
    out.type = 'basic';
    out.status = status;
    out.statusText = res.statusMessage || '';
    out.urlList = urlList;
    const raw = res.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) listAppend(out.headers, raw[i], raw[i + 1]);
    const bodiless = rec.method === 'HEAD' || status === 204 || status === 304 || nullBodyStatus.has(status);
    if (bodiless) {
      res.resume();
      res.on('end', () => signal.removeEventListener('abort', onAbort));
    } else {
      out.body = { stream: responseStream(res, out, state, signal, onAbort), source: null, length: null, type: null };
    }
    finish(null, makeResponse(out, 'immutable'));
  });
  if (body === null) {
    req.end();
  } else if (body.source !== null) {
    req.end(body.source);
  } else {
    writeStreamBody(req, bodyStream(body), finish);
  }
}

async function writeStreamBody(req, stream, finish) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
    }
    req.end();
  } catch (err) {
    req.destroy();
    finish(fetchFailed(err));
  }
}

// responseStream makes the response body: the node response (decoded when
// it is content-encoded, as undici does) flowing into a byte stream with
// backpressure.
function responseStream(res, out, state, signal, onAbort) {
  let source = res;
  const encoding = (listGet(out.headers, 'content-encoding') || '').toLowerCase().trim();
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') {
    const zlib = require('zlib');
    source = encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
    res.pipe(source);
    res.on('error', (err) => source.destroy(err));
  }
  return new ReadableStream({
    type: 'bytes',
    start(c) {
      state.stream = c;
      source.on('data', (chunk) => {
        c.enqueue(new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.length)));
        if (c.desiredSize <= 0) source.pause();
      });
      source.on('end', () => {
        signal.removeEventListener('abort', onAbort);
        try {
          c.close();
          c.byobRequest?.respond(0);
        } catch {}
      });
      source.on('error', (err) => {
        signal.removeEventListener('abort', onAbort);
        try {
          c.error(typeError('terminated', { cause: err }));
        } catch {}
      });
      source.pause();
    },
    pull() {
      source.resume();
    },
    cancel() {
      signal.removeEventListener('abort', onAbort);
      res.destroy();
    },
  }, { highWaterMark: 64 * 1024 });
}

// data: URLs (Fetch §4.2 "data: URL processor").
function parseDataURL(url) {
  const href = url.href.slice(5);
  const hashless = href.includes('#') ? href.slice(0, href.indexOf('#')) : href;
  const comma = hashless.indexOf(',');
  if (comma === -1) throw new Error('invalid data: URL');
  let mime = hashless.slice(0, comma).trim();
  let body = Buffer.from(decodeURIComponentBytes(hashless.slice(comma + 1)));
  if (/;\s*base64$/i.test(mime)) {
    mime = mime.replace(/;\s*base64$/i, '');
    body = Buffer.from(body.toString('latin1').replace(/[\t\n\f\r ]/g, ''), 'base64');
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  if (mime === '') mime = 'text/plain;charset=US-ASCII';
  return { type: mime, bytes: new Uint8Array(body) };
}

function decodeURIComponentBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      out.push(...encoder.encode(s[i]));
    }
  }
  return out;
}

module.exports = { fetch, Headers, Request, Response, FormData };
