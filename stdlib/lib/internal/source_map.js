// module.SourceMap: a source map (version 3, and index maps with
// sections) read into a sorted table of mappings, queried by generated
// position. Its answers follow node's, which programs compare against:
// findEntry gives the last mapping at or before a position (a mapping of
// one field has no original position), and sources are taken as written
// (findSourceMap resolves them before it builds one), and the last segment
// reads fields past the end of the string (see vlq).

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = new Int8Array(128).fill(-1);
for (let i = 0; i < base64.length; i++) digit[base64.charCodeAt(i)] = i;

// parse appends map's mappings to out, its generated positions offset by
// line and column (an index map's section).
function parse(map, line, column, out) {
  if (map.sections) {
    for (const section of map.sections) parse(section.map, section.offset.line, section.offset.column, out);
    return;
  }
  const sources = map.sources;
  const names = map.names;
  const s = map.mappings;
  let sourceIndex = 0;
  let sourceURL = sources.length > 0 ? sources[0] : undefined;
  let sourceLine = 0;
  let sourceColumn = 0;
  let nameIndex = 0;
  let i = 0;
  // vlq reads one base64 VLQ at i. As in node, a character that is not
  // base64, and the end of the string, read as a zero digit: the last
  // segment of a map, whatever its fields, ends with a name of delta zero.
  const vlq = () => {
    let result = 0;
    let shift = 0;
    let d;
    do {
      const c = i < s.length ? s.charCodeAt(i) : 0;
      d = c < 128 ? Math.max(digit[c], 0) : 0;
      i++;
      result += (d & 31) * 2 ** shift;
      shift += 5;
    } while (d & 32);
    return result % 2 === 1 ? -(result - 1) / 2 : result / 2;
  };
  const atSeparator = () => s[i] === ',' || s[i] === ';';
  while (i < s.length) {
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s[i] === ';') {
      i++;
      line++;
      column = 0;
      continue;
    }
    column += vlq();
    if (atSeparator()) {
      out.push([line, column]);
      continue;
    }
    const delta = vlq();
    if (delta) {
      sourceIndex += delta;
      sourceURL = sources[sourceIndex];
    }
    sourceLine += vlq();
    sourceColumn += vlq();
    let name;
    if (!atSeparator()) {
      nameIndex += vlq();
      name = names?.[nameIndex];
    }
    out.push([line, column, sourceURL, sourceLine, sourceColumn, name]);
  }
}

function byPosition(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}

// clone copies a payload as node does, so that the map cannot be changed
// through it: its arrays and sections are new.
function clone(payload) {
  const out = { ...payload };
  for (const key of ['sources', 'sourcesContent', 'names']) {
    if (Array.isArray(out[key])) out[key] = [...out[key]];
  }
  if (Array.isArray(out.sections)) {
    out.sections = out.sections.map((section) => ({ ...section, map: clone(section.map) }));
  }
  return out;
}

class SourceMap {
  #payload;
  #mappings = [];
  #lineLengths;

  constructor(payload, { lineLengths } = {}) {
    if (payload === null || typeof payload !== 'object') {
      throw binding.invalidArgType('payload', 'of type object', payload);
    }
    this.#payload = clone(payload);
    if (lineLengths !== undefined) this.#lineLengths = lineLengths;
    parse(this.#payload, 0, 0, this.#mappings);
    this.#mappings.sort(byPosition);
  }

  get payload() {
    return clone(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // findEntry takes a 0-based generated line and column.
  findEntry(lineOffset, columnOffset) {
    const m = this.#mappings;
    let lo = 0;
    let hi = m.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const e = m[mid];
      if (lineOffset < e[0] || (lineOffset === e[0] && columnOffset < e[1])) hi = mid;
      else lo = mid + 1;
    }
    if (lo === 0) return {};
    const e = m[lo - 1];
    return {
      generatedLine: e[0], generatedColumn: e[1], originalSource: e[2], originalLine: e[3], originalColumn: e[4],
      name: e[5],
    };
  }

  // findOrigin takes a 1-based generated line and column, and gives the
  // original's, as far from the mapping as the position is from its
  // generated one.
  findOrigin(lineNumber, columnNumber) {
    const range = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (range.originalSource === undefined || range.originalLine === undefined ||
        range.originalColumn === undefined || range.generatedLine === undefined ||
        range.generatedColumn === undefined) {
      return {};
    }
    return {
      name: range.name,
      fileName: range.originalSource,
      lineNumber: range.originalLine + (lineNumber - range.generatedLine),
      columnNumber: range.originalColumn + (columnNumber - range.generatedColumn),
    };
  }
}

module.exports = { SourceMap };
