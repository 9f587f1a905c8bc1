// Kiln's glob matcher, behind path.matchesGlob. Node 20 answers that call
// with its bundled minimatch and a fixed set of options (windowsPathsNoEscape,
// nonegate, nocomment, optimizationLevel 2, nocaseMagicOnly, and nocase on
// macOS and Windows), so this file reproduces minimatch's observable
// semantics for exactly those options, quirks included, because a
// program's answer must not change between node and kiln:
//
//   1. every "\" in the pattern is a "/" (windowsPathsNoEscape), so there
//      is no escaping anywhere below;
//   2. braces expand first, bash style ({a,b}, {1..9..2}, {a..e});
//   3. each expansion splits on runs of "/" into segments, and the
//      segment lists are simplified ("a/../b" is "b", "**/**" is "**",
//      "./x" is "x") and deduplicated the way minimatch's level-2
//      optimiser does it;
//   4. a segment is "**" (globstar), a literal, or compiles to a RegExp
//      whose source follows minimatch's (extglobs become groups, "!(x)"
//      a negative lookahead over the rest of the segment, dot files are
//      kept out of "*", "?", "[...]" and "**" unless named with a dot);
//   5. the path splits the same way and is matched segment by segment.
'use strict';

const GLOBSTAR = Symbol('globstar');
const MAX_PATTERN_LENGTH = 64 * 1024;
const MAX_EXPANSIONS = 100000;

// ---- 2. brace expansion --------------------------------------------------

// Markers for braces that must stay literal while expanding: a leading "{}"
// and the "}" of a group that turned out to have no comma. NUL plus a
// per-process random tag keeps them out of any pattern a program writes.
const tag = String(Math.random()).slice(2);
const litOpen = `\0o${tag}\0`;
const litClose = `\0c${tag}\0`;

// findBraces locates the first balanced "{...}" pair the way bash-style
// expanders do: the first "{", then the "}" that closes the innermost
// group still open when that "}" is reached, preferring the leftmost
// unmatched opener if the groups never balance. Returns [open, close] or
// null.
function findBraces(str) {
  let open = str.indexOf('{');
  let close = str.indexOf('}', open + 1);
  if (open < 0 || close <= 0) return null;
  const openers = [];
  let best = str.length;
  let bestClose;
  let at = open;
  while (at >= 0) {
    if (at === open) {
      openers.push(at);
      open = str.indexOf('{', at + 1);
    } else if (openers.length === 1) {
      return [openers.pop(), close];
    } else {
      const o = openers.pop();
      if (o < best) {
        best = o;
        bestClose = close;
      }
      close = str.indexOf('}', at + 1);
    }
    at = open < close && open >= 0 ? open : close;
  }
  if (openers.length && bestClose !== undefined) return [best, bestClose];
  return null;
}

function splitBraces(str) {
  const r = findBraces(str);
  if (!r) return null;
  return { pre: str.slice(0, r[0]), body: str.slice(r[0] + 1, r[1]), post: str.slice(r[1] + 1) };
}

// commaParts splits a group body on its top-level commas.
function commaParts(str) {
  if (!str) return [''];
  const m = splitBraces(str);
  if (!m) return str.split(',');
  const head = m.pre.split(',');
  head[head.length - 1] += '{' + m.body + '}';
  const tail = commaParts(m.post);
  if (m.post.length) {
    head[head.length - 1] += tail.shift();
    head.push(...tail);
  }
  return head;
}

const numericSeq = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/;
const alphaSeq = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/;

function seqValue(s) {
  return isNaN(s) ? s.charCodeAt(0) : parseInt(s, 10);
}

function sequence(ends, alpha) {
  const from = seqValue(ends[0]);
  const to = seqValue(ends[1]);
  const width = Math.max(ends[0].length, ends[1].length);
  let step = ends.length === 3 ? Math.abs(seqValue(ends[2])) : 1;
  const down = to < from;
  if (down) step = -step;
  const padded = ends.some((e) => /^-?0\d/.test(e));
  const out = [];
  for (let i = from; down ? i >= to : i <= to; i += step) {
    let s;
    if (alpha) {
      s = String.fromCharCode(i);
      if (s === '\\') s = '';
    } else {
      s = String(i);
      if (padded && width > s.length) {
        const zeros = '0'.repeat(width - s.length);
        s = i < 0 ? '-' + zeros + s.slice(1) : zeros + s;
      }
    }
    out.push(s);
  }
  return out;
}

function expandFrom(str, top) {
  const m = splitBraces(str);
  if (!m) return [str];
  const posts = m.post.length ? expandFrom(m.post, false) : [''];
  const out = [];
  if (m.pre.endsWith('$')) {
    for (let k = 0; k < posts.length && k < MAX_EXPANSIONS; k++) out.push(m.pre + '{' + m.body + '}' + posts[k]);
    return out;
  }
  const alpha = alphaSeq.test(m.body);
  const isSeq = alpha || numericSeq.test(m.body);
  if (!isSeq && !m.body.includes(',')) {
    // "{x}" stays literal, but a later comma group ("{a}b,c}") may still
    // close on a "}" further on: hide this "}" and look again.
    if (/,(?!,).*\}/.test(m.post)) return expandFrom(m.pre + '{' + m.body + litClose + m.post, true);
    return [str];
  }
  let items;
  if (isSeq) {
    items = sequence(m.body.split(/\.\./), alpha);
  } else {
    let parts = commaParts(m.body);
    if (parts.length === 1) {
      parts = expandFrom(parts[0], false).map((s) => '{' + s + '}');
      if (parts.length === 1) return posts.map((p) => m.pre + parts[0] + p);
    }
    items = [];
    for (const p of parts) items.push(...expandFrom(p, false));
  }
  for (const item of items) {
    for (let k = 0; k < posts.length && out.length < MAX_EXPANSIONS; k++) {
      const s = m.pre + item + posts[k];
      if (!top || isSeq || s) out.push(s);
    }
  }
  return out;
}

function expandBraces(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  let str = pattern;
  if (str.startsWith('{}')) str = litOpen + litClose + str.slice(2);
  return expandFrom(str, true).map((s) => s.split(litOpen).join('{').split(litClose).join('}'));
}

// ---- 3. segment lists and the level-2 optimiser ---------------------------

function splitSlashes(p, windows) {
  if (windows && /^\/\/[^/]+/.test(p)) return ['', ...p.split(/\/+/)];
  return p.split(/\/+/);
}

// dropEmptyAndDot removes "." and "" segments between the first and the
// last, keeping a leading "//" (UNC) and turning "./." or "./" into ".".
function dropEmptyAndDot(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === '' && parts[0] === '') continue;
    if (p === '.' || p === '') {
      parts.splice(i--, 1);
      changed = true;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    parts.pop();
    changed = true;
  }
  return changed;
}

const isPlainName = (p) => p && p !== '.' && p !== '..' && p !== '**';

// simplifyPath applies to the path being matched what the optimiser
// applies to patterns: "x/../" disappears, as do inner "." and "".
function simplifyPath(parts) {
  let changed;
  do {
    changed = dropEmptyAndDot(parts);
    for (let dd = 0; (dd = parts.indexOf('..', dd + 1)) !== -1;) {
      if (isPlainName(parts[dd - 1])) {
        parts.splice(dd - 1, 2);
        dd -= 2;
        changed = true;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

// simplifyPatterns rewrites every segment list in place (and may add
// lists): "**/**" is "**"; "**/../a/b" is both "../a/b" and "**/a/b";
// inner "." and "" vanish; "x/.." vanishes.
function simplifyPatterns(lists) {
  let changed;
  do {
    changed = false;
    for (const parts of lists) {
      for (let gs = -1; (gs = parts.indexOf('**', gs + 1)) !== -1;) {
        let last = gs;
        while (parts[last + 1] === '**') last++;
        if (last > gs) parts.splice(gs + 1, last - gs);
        const a = parts[gs + 2];
        const b = parts[gs + 3];
        if (parts[gs + 1] !== '..' || !a || a === '.' || a === '..' || !b || b === '.' || b === '..') continue;
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice();
        other[gs] = '**';
        lists.push(other);
        gs--;
      }
      if (dropEmptyAndDot(parts)) changed = true;
      for (let dd = 0; (dd = parts.indexOf('..', dd + 1)) !== -1;) {
        if (!isPlainName(parts[dd - 1])) continue;
        changed = true;
        const keep = dd === 1 && parts[dd + 1] === '**' ? ['.'] : [];
        parts.splice(dd - 1, 2, ...keep);
        if (parts.length === 0) parts.push('');
        dd -= 2;
      }
    }
  } while (changed);
  return lists;
}

// mergeLists folds a pair of lists that one list covers: equal lists,
// "a/**/b" with "a/b", "a/*/b" with "a/x/b".
function mergeLists(a, b) {
  const out = [];
  let which = '';
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] === '**' && b[j] === a[i + 1]) {
      out.push(a[i++]);
    } else if (b[j] === '**' && a[i] === b[j + 1]) {
      out.push(b[j++]);
    } else if (a[i] === '*' && b[j] && !b[j].startsWith('.') && b[j] !== '**') {
      if (which === 'b') return null;
      which = 'a';
      out.push(a[i]);
      i++;
      j++;
    } else if (b[j] === '*' && a[i] && !a[i].startsWith('.') && a[i] !== '**') {
      if (which === 'a') return null;
      which = 'b';
      out.push(b[j]);
      i++;
      j++;
    } else {
      return null;
    }
  }
  return a.length === b.length ? out : null;
}

function dedupeLists(lists) {
  for (let i = 0; i < lists.length - 1; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const merged = mergeLists(lists[i], lists[j]);
      if (merged) {
        lists[i] = [];
        lists[j] = merged;
        break;
      }
    }
  }
  return lists.filter((l) => l.length);
}

// ---- 4. one segment to a RegExp ------------------------------------------

const ONE = '[^/]';
const ANY = ONE + '*?';
const SOME = ONE + '+?';
const NO_DOT = '(?!\\.)';
const NO_DOTDIR = '(?!(?:^|/)\\.\\.?(?:$|/))';
const reEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
const setEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');

// POSIX classes inside [...]: [regexp set body, needs the u flag, is a
// negated set]. "print" is \p{C} exactly as node's matcher has it.
const posixClasses = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

// bracket compiles the "[...]" starting at glob[pos]. Returns null when
// it never closes (the "[" is then a literal), else { src, u, len, magic }.
// A set with nothing in it, or a range after which a POSIX class follows,
// matches nothing and swallows the rest of the segment.
function bracket(glob, pos) {
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let negate = false;
  let started = false;
  let u = false;
  let end = -1;
  let from = '';
  const never = { src: '$.', u: false, len: glob.length - pos, magic: true };
  scan: while (i < glob.length) {
    const c = glob[i];
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && started) {
      end = i + 1;
      break;
    }
    started = true;
    if (c === '[') {
      for (const [name, set, needU, negated] of posixClasses) {
        if (!glob.startsWith(name, i)) continue;
        if (from) return never;
        i += name.length;
        (negated ? negs : ranges).push(set);
        u = u || needU;
        continue scan;
      }
    }
    if (from) {
      if (c > from) ranges.push(setEscape(from) + '-' + setEscape(c));
      else if (c === from) ranges.push(setEscape(c));
      from = '';
      i++;
    } else if (glob.startsWith('-]', i + 1)) {
      ranges.push(setEscape(c + '-'));
      i += 2;
    } else if (glob[i + 1] === '-') {
      from = c;
      i += 2;
    } else {
      ranges.push(setEscape(c));
      i++;
    }
  }
  if (end < 0) return null;
  if (!ranges.length && !negs.length) return never;
  const len = end - pos;
  if (!negs.length && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    return { src: reEscape(ranges[0].slice(-1)), u: false, len, magic: false };
  }
  const pos_ = '[' + (negate ? '^' : '') + ranges.join('') + ']';
  const neg_ = '[' + (negate ? '' : '^') + negs.join('') + ']';
  let src;
  if (ranges.length && negs.length) src = '(' + pos_ + '|' + neg_ + ')';
  else src = ranges.length ? pos_ : neg_;
  return { src, u, len, magic: true };
}

// plainSource compiles text with no extglob in it.
function plainSource(glob, noEmpty) {
  let src = '';
  let magic = false;
  let u = false;
  let inStar = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (!inStar) src += noEmpty && /^\*+$/.test(glob) ? SOME : ANY;
      inStar = magic = true;
      continue;
    }
    inStar = false;
    if (c === '[') {
      const set = bracket(glob, i);
      if (set) {
        src += set.src;
        u = u || set.u;
        magic = magic || set.magic;
        i += set.len - 1;
        continue;
      }
    }
    if (c === '?') {
      src += ONE;
      magic = true;
      continue;
    }
    src += reEscape(c);
  }
  return { src, magic, u };
}

// A segment parses into a tree. A Node of kind null is a sequence of
// strings and extglob Nodes; an extglob Node ("!", "?", "+", "*", "@") has
// its alternatives, each a kind-null Node, as parts. index is the parts
// length of the parent when the node was made, which for alternatives is
// always 0 (they join their parent together at the closing ")"), and the
// start/end tests below depend on exactly that.
class Node {
  constructor(kind, parent) {
    this.kind = kind;
    this.parent = parent;
    this.root = parent ? parent.root : this;
    this.parts = [];
    this.index = parent ? parent.parts.length : 0;
    this.magic = kind ? true : undefined;
    this.u = false;
    this.emptyExt = false;
    this.text = undefined;
    if (kind === '!' && !this.root.negsFilled) {
      (this.root.negs ??= []).push(this);
    }
  }

  push(...parts) {
    for (const p of parts) if (p !== '') this.parts.push(p);
  }

  toString() {
    if (this.text === undefined) {
      const inner = this.parts.map(String);
      this.text = this.kind ? this.kind + '(' + inner.join('|') + ')' : inner.join('');
    }
    return this.text;
  }

  isStart() {
    if (this === this.root) return true;
    if (!this.parent.isStart()) return false;
    for (let i = 0; i < this.index; i++) {
      const q = this.parent.parts[i];
      if (!(q instanceof Node && q.kind === '!')) return false;
    }
    return true;
  }

  isEnd() {
    if (this === this.root) return true;
    if (this.parent.kind === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (!this.kind) return true;
    return this.index === this.parent.parts.length - 1;
  }

  cloneInto(parent) {
    const c = new Node(this.kind, parent);
    for (const p of this.parts) c.push(typeof p === 'string' ? p : p.cloneInto(c));
    return c;
  }

  // A "!(x)" must fail only where x matches together with everything
  // after it, so every alternative gets a copy of what follows the
  // negation, at every level up to the segment.
  fillNegations() {
    this.toString();
    this.negsFilled = true;
    const negs = this.negs || [];
    for (let n; (n = negs.pop());) {
      if (n.kind !== '!') continue;
      for (let p = n, pp = p.parent; pp; p = pp, pp = p.parent) {
        for (let i = p.index + 1; !pp.kind && i < pp.parts.length; i++) {
          const next = pp.parts[i];
          for (const alt of n.parts) alt.push(typeof next === 'string' ? next : next.cloneInto(alt));
        }
      }
    }
  }

  // source returns the RegExp source for this node. allowDot is undefined
  // at the top and true/false inside extglobs.
  source(allowDot) {
    const dot = allowDot ?? false;
    if (this === this.root) this.fillNegations();
    if (!this.kind) {
      const noEmpty = this.isStart() && this.isEnd() && this.parts.every((p) => typeof p === 'string');
      let src = '';
      for (const p of this.parts) {
        if (typeof p === 'string') {
          const r = plainSource(p, noEmpty);
          this.magic = this.magic || r.magic;
          this.u = this.u || r.u;
          src += r.src;
        } else {
          const r = p.source(allowDot);
          this.magic = this.magic || p.magic;
          this.u = this.u || p.u;
          src += r;
        }
      }
      let start = '';
      if (this.isStart() && typeof this.parts[0] === 'string' &&
          !(this.parts.length === 1 && (this.parts[0] === '.' || this.parts[0] === '..'))) {
        const opens = (k) => src[k] === '[' || src[k] === '.';
        if ((dot && opens(0)) || (src.startsWith('\\.') && opens(2)) || (src.startsWith('\\.\\.') && opens(4))) {
          start = NO_DOTDIR;
        } else if (!dot && !allowDot && opens(0)) {
          start = NO_DOT;
        }
      }
      const end = this.isEnd() && this.parent?.kind === '!' ? '(?:$|\\/)' : '';
      this.magic = !!this.magic;
      return start + src + end;
    }
    const repeated = this.kind === '*' || this.kind === '+';
    let body = this.alternatives(dot);
    if (this.isStart() && this.isEnd() && !body && this.kind !== '!') {
      // A lone empty "@()" is the literal text "@()".
      const s = this.toString();
      this.parts = [s];
      this.kind = null;
      this.magic = false;
      return s;
    }
    let dotBody = !repeated || allowDot || dot ? '' : this.alternatives(true);
    if (dotBody === body) dotBody = '';
    if (dotBody) body = `(?:${body})(?:${dotBody})*?`;
    if (this.kind === '!' && this.emptyExt) {
      return (this.isStart() && !dot ? NO_DOT : '') + SOME;
    }
    let close;
    switch (this.kind) {
      case '!': close = '))' + (this.isStart() && !dot && !allowDot ? NO_DOT : '') + ANY + ')'; break;
      case '@': close = ')'; break;
      case '?': close = ')?'; break;
      case '+': close = dotBody ? ')' : ')+'; break;
      case '*': close = dotBody ? ')?' : ')*'; break;
    }
    return (this.kind === '!' ? '(?:(?!(?:' : '(?:') + body + close;
  }

  alternatives(dot) {
    const whole = this.isStart() && this.isEnd();
    const srcs = [];
    for (const alt of this.parts) {
      const s = alt.source(dot);
      this.u = this.u || alt.u;
      if (!whole || s) srcs.push(s);
    }
    return srcs.join('|');
  }
}

const isExtKind = (c) => c === '!' || c === '?' || c === '+' || c === '*' || c === '@';

// parseInto reads str from pos into node and returns where it stopped. A
// "[" opens a set inside which no extglob starts; an extglob that never
// closes turns into literal text.
function parseInto(str, node, pos) {
  let inSet = false;
  let setStart = -1;
  let setNeg = false;
  let acc = '';
  const setChar = (c, i) => {
    if (i === setStart + 1) {
      if (c === '^' || c === '!') setNeg = true;
    } else if (c === ']' && !(i === setStart + 2 && setNeg)) {
      inSet = false;
    }
  };
  if (!node.kind) {
    let i = pos;
    while (i < str.length) {
      const c = str[i++];
      if (inSet) {
        setChar(c, i);
      } else if (c === '[') {
        inSet = true;
        setStart = i;
        setNeg = false;
      } else if (isExtKind(c) && str[i] === '(') {
        node.push(acc);
        acc = '';
        const ext = new Node(c, node);
        i = parseInto(str, ext, i);
        node.push(ext);
        continue;
      }
      acc += c;
    }
    node.push(acc);
    return i;
  }
  let i = pos + 1;
  let alt = new Node(null, node);
  const alts = [];
  while (i < str.length) {
    const c = str[i++];
    if (inSet) {
      setChar(c, i);
    } else if (c === '[') {
      inSet = true;
      setStart = i;
      setNeg = false;
    } else if (isExtKind(c) && str[i] === '(') {
      alt.push(acc);
      acc = '';
      const ext = new Node(c, alt);
      alt.push(ext);
      i = parseInto(str, ext, i);
      continue;
    } else if (c === '|') {
      alt.push(acc);
      acc = '';
      alts.push(alt);
      alt = new Node(null, node);
      continue;
    } else if (c === ')') {
      if (acc === '' && node.parts.length === 0) node.emptyExt = true;
      alt.push(acc);
      node.push(...alts, alt);
      return i;
    }
    acc += c;
  }
  node.kind = null;
  node.magic = undefined;
  node.parts = [str.substring(pos - 1)];
  return i;
}

// literalOf undoes RegExp escaping for a segment that turned out to have
// no magic: it is then compared as a string.
const literalOf = (src) => src.replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2').replace(/\\([^/])/g, '$1');

function compileSegment(seg, nocase) {
  if (seg === '**') return GLOBSTAR;
  if (seg === '') return '';
  const root = new Node(null, undefined);
  parseInto(seg, root, 0);
  const src = root.source();
  if (!root.magic) return literalOf(src);
  return new RegExp(`^${src}$`, (nocase ? 'i' : '') + (root.u ? 'u' : ''));
}

// ---- 5. matching -----------------------------------------------------------

const isDrive = (s) => typeof s === 'string' && /^[a-z]:$/i.test(s);
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const hidden = (seg) => seg === '.' || seg === '..' || seg[0] === '.';

function matchParts(file, pattern, windows) {
  if (windows) {
    const fileDrive = isDrive(file[0]);
    const fileUNC = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' && isDrive(file[3]);
    const patDrive = isDrive(pattern[0]);
    const patUNC = !patDrive && pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' && isDrive(pattern[3]);
    const fdi = fileUNC ? 3 : fileDrive ? 0 : -1;
    const pdi = patUNC ? 3 : patDrive ? 0 : -1;
    if (fdi >= 0 && pdi >= 0 && file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
      pattern[pdi] = file[fdi];
      if (pdi > fdi) pattern = pattern.slice(pdi);
      else if (fdi > pdi) file = file.slice(fdi);
    }
  }
  file = simplifyPath(file);
  let fi = 0;
  let pi = 0;
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pattern.length) {
        for (; fi < file.length; fi++) if (hidden(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < file.length; fr++) {
        if (matchParts(file.slice(fr), pattern.slice(pi + 1), windows)) return true;
        if (hidden(file[fr])) break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === file.length) return pi === pattern.length;
  return fi === file.length - 1 && file[fi] === '';
}

// compile turns a pattern into its list of segment lists.
function compile(pattern, windows, nocase) {
  pattern = pattern.replace(/\\/g, '/');
  const expanded = [...new Set(expandBraces(pattern))];
  const lists = dedupeLists(simplifyPatterns(expanded.map((s) => splitSlashes(s, windows))));
  const noMagicRoot = windows && nocase;
  const set = lists.map((s) => {
    if (noMagicRoot) {
      if (s[0] === '' && s[1] === '' && (s[2] === '?' || !globMagic.test(s[2])) && !globMagic.test(s[3])) {
        return [...s.slice(0, 4), ...s.slice(4).map((x) => compileSegment(x, nocase))];
      }
      if (/^[a-z]:/i.test(s[0])) return [s[0], ...s.slice(1).map((x) => compileSegment(x, nocase))];
    }
    return s.map((x) => compileSegment(x, nocase));
  });
  if (windows) {
    // "//?/c:/..." keeps its "?" literal: it names a device path.
    set.forEach((p, i) => {
      if (p[0] === '' && p[1] === '' && lists[i][2] === '?' && typeof p[3] === 'string' && isDrive(p[3])) p[2] = '?';
    });
  }
  return set;
}

// matchesGlob reports whether path matches pattern, with windows
// separators and drive letters when windows is set. nocase is true on
// macOS and Windows hosts, as in node.
function matchesGlob(path, pattern, windows, nocase) {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new TypeError('pattern is too long');
  if (pattern.replace(/\\/g, '/') === '') return path === '';
  const set = compile(pattern, windows, nocase);
  if (windows) path = path.split('\\').join('/');
  const file = splitSlashes(path, windows);
  for (const p of set) {
    if (matchParts(file, p, windows)) return true;
  }
  return false;
}

module.exports = { matchesGlob };
