// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing standard's
// MIME type record, parsed (§4.4 "parse a MIME type") and serialized
// (§4.5) as the standard says, with node's ERR_INVALID_MIME_SYNTAX for what
// the setters reject.

const isHTTPWhitespace = (c) => c === '\n' || c === '\r' || c === '\t' || c === ' ';
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const NOT_QUOTED_STRING_TOKEN = /[^\t\u0020-\u007e\u0080-\u00ff]/;

function invalidSyntax(production, str, index) {
  return binding.nodeError('TypeError', 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid` + (index !== -1 ? ` at ${index}` : ''));
}

// checkToken throws unless str is a non-empty run of HTTP token code
// points; the error quotes input (the whole string being parsed) and the
// first offending index in str.
function checkToken(production, str, input = str) {
  const bad = str.search(NOT_TOKEN);
  if (str.length === 0 || bad !== -1) throw invalidSyntax(production, input, bad);
}

function trimEndHTTPWhitespace(s) {
  let end = s.length;
  while (end > 0 && isHTTPWhitespace(s[end - 1])) end--;
  return s.slice(0, end);
}

// collectQuotedString is "collect an HTTP quoted string" with
// extract-value set: the value between the quotes, backslash escapes
// undone. It returns the value and the position after it.
function collectQuotedString(input, position) {
  let value = '';
  position++;
  for (;;) {
    while (position < input.length && input[position] !== '"' && input[position] !== '\\') {
      value += input[position++];
    }
    if (position >= input.length) break;
    const quoteOrBackslash = input[position++];
    if (quoteOrBackslash === '\\') {
      if (position >= input.length) {
        value += '\\';
        break;
      }
      value += input[position++];
    } else {
      break;
    }
  }
  return [value, position];
}

// parseParameters reads the ";name=value" part of a MIME type string into
// params, skipping (as the standard does) any parameter it cannot use.
function parseParameters(input, position, params) {
  while (position < input.length) {
    position++;
    while (position < input.length && isHTTPWhitespace(input[position])) position++;
    let name = '';
    while (position < input.length && input[position] !== ';' && input[position] !== '=') name += input[position++];
    name = name.toLowerCase();
    if (position < input.length) {
      if (input[position] === ';') continue;
      position++;
    }
    if (position >= input.length) break;
    let value;
    if (input[position] === '"') {
      [value, position] = collectQuotedString(input, position);
      while (position < input.length && input[position] !== ';') position++;
    } else {
      value = '';
      while (position < input.length && input[position] !== ';') value += input[position++];
      value = trimEndHTTPWhitespace(value);
      if (value === '') continue;
    }
    if (name !== '' && TOKEN.test(name) && !NOT_QUOTED_STRING_TOKEN.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

function serializeValue(value) {
  if (value !== '' && TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    return this.#data.has(name) ? this.#data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  // set takes the name as given (node does not lower-case it here).
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    checkToken('parameter name', name);
    const bad = value.search(NOT_QUOTED_STRING_TOKEN);
    if (bad !== -1) throw invalidSyntax('parameter value', value, bad);
    this.#data.set(name, value);
  }

  entries() {
    return this.#data.entries();
  }

  keys() {
    return this.#data.keys();
  }

  values() {
    return this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      out += `${out === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // Parsing fills the record directly: parseParameters already skipped
  // what set() would reject.
  static parseInto(params, input, position) {
    parseParameters(input, position, params.#data);
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    let input = `${string}`;
    let start = 0;
    let end = input.length;
    while (start < end && isHTTPWhitespace(input[start])) start++;
    while (end > start && isHTTPWhitespace(input[end - 1])) end--;
    input = input.slice(start, end);
    let position = input.indexOf('/');
    const type = position === -1 ? input : input.slice(0, position);
    if (type === '' || position === -1) throw invalidSyntax('type', input, type === '' ? -1 : type.search(NOT_TOKEN));
    checkToken('type', type, input);
    position++;
    let semicolon = input.indexOf(';', position);
    if (semicolon === -1) semicolon = input.length;
    const subtype = trimEndHTTPWhitespace(input.slice(position, semicolon));
    checkToken('subtype', subtype, input);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParamsInto(this.#params, input, semicolon);
  }

  get type() { return this.#type; }

  set type(value) {
    value = `${value}`;
    checkToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() { return this.#subtype; }

  set subtype(value) {
    value = `${value}`;
    checkToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() { return `${this.#type}/${this.#subtype}`; }

  get params() { return this.#params; }

  toString() {
    const params = `${this.#params}`;
    return `${this.essence}${params === '' ? '' : ';'}${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
