// Node's url module: the WHATWG URL and URLSearchParams classes
// (internal/url), the file-path and domain helpers around them, and the
// legacy API (url.parse, url.format, url.resolve and the Url class),
// whose parser is Node's own lenient one rather than the standard's.
const { invalidArgType, invalidArgValue, nodeError } = binding;
const { URL, URLSearchParams, missingArgs, toASCII, toUnicode } = require('internal/url');

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!(path instanceof URL)) throw invalidArgType('path', 'of type string or an instance of URL', path);
  if (path.protocol !== 'file:') throw nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// pathToFileURL is node's: options.windows (default: whether Kiln runs on
// Windows) reads filepath as a Windows path, drive letters, backslashes
// and UNC (\\server\share\...) names included.
function pathToFileURL(filepath, options) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'of type string', filepath);
  const windows = options?.windows ?? process.platform === 'win32';
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // The "\\?\UNC\" prefix of an extended UNC path is left out.
    const prefixLength = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostnameEnd = filepath.indexOf('\\', prefixLength);
    if (hostnameEnd === -1) throw invalidArgValue('path', filepath, 'Missing UNC resource path');
    if (hostnameEnd === 2) throw invalidArgValue('path', filepath, 'Empty UNC servername');
    const url = new URL('file://');
    url.hostname = domainToASCII(filepath.slice(prefixLength, hostnameEnd));
    url.pathname = encodePathChars(filepath.slice(hostnameEnd).replace(/\\/g, '/'), windows);
    return url;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve drops a trailing separator that marks a directory; keep it.
  const last = filepath[filepath.length - 1];
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  const url = new URL('file://');
  url.pathname = encodePathChars(resolved, windows);
  return url;
}

// encodePathChars escapes what the pathname setter would read as syntax
// or drop (it escapes most characters itself); a backslash is a separator
// in a Windows path and a character elsewhere.
function encodePathChars(filepath, windows) {
  filepath = filepath.replace(/%/g, '%25');
  if (!windows) filepath = filepath.replace(/\\/g, '%5C');
  return filepath.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return toASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return toUnicode(`${domain}`);
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

// The legacy API.

// Protocols whose URLs have "//" and a host, those that never have a
// host, and those whose text must not be escaped.
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const unsafeProtocols = new Set(['javascript', 'javascript:']);

// Characters the legacy parser escapes wherever they appear after the
// host, and the characters that end a host.
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const hostEnders = new Set(['%', '/', '?', ';', '#', ...Object.keys(autoEscape)]);

function isHostnameChar(c) {
  return /[a-zA-Z0-9.\-+_]/.test(c) || c.charCodeAt(0) > 127;
}

function isTrimmed(c) {
  return /[\s\ufeff]/.test(c);
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'of type string', url);
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(url[start])) start++;
  while (end > start && isTrimmed(url[end - 1])) end--;
  let rest = url.slice(start, end);
  // Backslashes before the query or hash are slashes, as browsers read them.
  const stop = rest.search(/[?#]/);
  const head = stop === -1 ? rest : rest.slice(0, stop);
  rest = head.replace(/\\/g, '/') + (stop === -1 ? '' : rest.slice(stop));

  if (!slashesDenoteHost && !rest.includes('#')) {
    const simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? require('querystring').parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto;
  const proto = /^[a-z0-9.+-]+:/i.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto[0])))) {
    let hostEnd = [...rest].findIndex((c) => hostEnders.has(c));
    // The last "@" before the host's end separates the credentials, so
    // "a@b@c" has the auth "a@b".
    const at = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (at !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    hostEnd = [...rest].findIndex((c) => hostEnders.has(c));
    if (hostEnd === -1) hostEnd = rest.length;
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
    if (!ipv6) {
      // The host stops at the first character a host cannot hold; the rest
      // becomes path.
      for (let i = 0; i < hostname.length; i++) {
        if (!isHostnameChar(hostname[i])) {
          this.hostname = hostname.slice(0, i);
          rest = `/${hostname.slice(i)}${rest}`;
          break;
        }
      }
    }
    if (this.hostname.length > 255) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();
    if (this.hostname !== '' && !ipv6) this.hostname = toASCII(this.hostname);
    this.host = this.hostname + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocols.has(lowerProto)) {
    rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => autoEscape[c]);
  }

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question !== -1) {
    this.search = rest.slice(question);
    this.query = rest.slice(question + 1);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
    rest = rest.slice(0, question);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !this.hostname.startsWith('[') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

// In node's order: parse, format, resolve, resolveObject, parseHost.
Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// resolveObject resolves relative against this URL as RFC 3986 §5.2
// does, on legacy Url objects: a reference with a scheme or host
// replaces the base from there on, a path merges with the base's
// directory and its dot segments are removed.
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }
  const take = (fields) => {
    for (const f of fields) result[f] = relative[f];
  };
  const authority = ['auth', 'host', 'port', 'hostname'];
  if (relative.protocol && relative.protocol !== result.protocol) {
    take(['protocol', 'slashes', ...authority, 'pathname', 'search', 'query']);
  } else if (relative.slashes || relative.host) {
    take(['slashes', ...authority, 'pathname', 'search', 'query']);
  } else if (!relative.pathname) {
    if (relative.search !== null) take(['search', 'query']);
  } else {
    let path = relative.pathname;
    if (path[0] !== '/') {
      const base = result.pathname || (result.host ? '/' : '');
      path = base.slice(0, base.lastIndexOf('/') + 1) + path;
    }
    result.pathname = removeDotSegments(path, !!(result.host || path[0] === '/'));
    take(['search', 'query']);
  }
  if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) result.pathname = '/';
  result.path = result.pathname || result.search ? (result.pathname || '') + (result.search || '') : null;
  result.href = result.format();
  return result;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = /:[0-9]*$/.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function removeDotSegments(path, absolute) {
  const segs = path.split('/');
  const out = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const last = i === segs.length - 1;
    if (s === '.' || s === '..') {
      if (s === '..' && out.length > (absolute ? 1 : 0) && out[out.length - 1] !== '..') out.pop();
      else if (s === '..' && !absolute) out.push('..');
      if (last) out.push('');
    } else {
      out.push(s);
    }
  }
  if (absolute && out[0] !== '') out.unshift('');
  return out.join('/');
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (urlObject instanceof URL) {
    return formatWHATWG(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWHATWG(url, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
  let out = url.protocol;
  if (url.href.startsWith(`${url.protocol}//`)) {
    out += '//';
    if (auth && (url.username || url.password)) {
      out += url.username + (url.password ? `:${url.password}` : '') + '@';
    }
    out += unicode ? domainToUnicode(url.hostname) + (url.port ? `:${url.port}` : '') : url.host;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
