// punycode: RFC 3492's Bootstring for IDNA (deprecated in Node, still
// required by old packages such as whatwg-url 5, hence node-fetch 2).
const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const delimiter = '-';

function fail(kind) {
  const messages = {
    'overflow': 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  throw new RangeError(messages[kind]);
}

function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);

function basicToDigit(c) {
  if (c >= 0x30 && c < 0x3a) return 26 + (c - 0x30);
  if (c >= 0x41 && c < 0x5b) return c - 0x41;
  if (c >= 0x61 && c < 0x7b) return c - 0x61;
  return base;
}

const digitToBasic = (d) => d + 22 + 75 * (d < 26);

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const output = [];
  let basic = input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let i = 0;
  let n = initialN;
  let bias = initialBias;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) fail('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const output = [];
  const codePoints = ucs2decode(input);
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  for (const c of codePoints) if (c < 0x80) output.push(String.fromCharCode(c));
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push(delimiter);
  while (handled < codePoints.length) {
    let m = maxInt;
    for (const c of codePoints) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          output.push(String.fromCharCode(digitToBasic(t + ((q - t) % (base - t)))));
          q = Math.floor((q - t) / (base - t));
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

// mapDomain applies fn to each label of a domain, keeping an email's local
// part; the IDNA separators (U+3002, U+FF0E, U+FF61) count as dots.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    result = at[0] + '@';
    domain = at[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.');
  return result + domain.split('.').map(fn).join('.');
}

const toUnicode = (input) => mapDomain(input, (s) => (/^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s));
const toASCII = (input) => mapDomain(input, (s) => (/[^\0-\x7F]/.test(s) ? 'xn--' + encode(s) : s));

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
