// RegExp constructor, prototype methods, and the String methods that go through them.
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
}
function execInfo(m) { return m && { arr: [...m], index: m.index, input: m.input, groups: m.groups, keys: Object.keys(m) }; }
show('ctor', () => [String(new RegExp('a+', 'gi')), String(RegExp('/')), String(new RegExp('')), String(new RegExp(/x/g, 'i'))]);
show('ctor same', () => { const r = /a/; return [RegExp(r) === r, new RegExp(r) === r, RegExp(r, 'g') === r]; });
show('ctor bad pattern', () => new RegExp('('));
show('ctor bad flags', () => new RegExp('a', 'gg'));
show('ctor isregexp', () => String(new RegExp({ [Symbol.match]: true, source: 'q+', flags: 'y' })));
show('source', () => [/a\/b/.source, new RegExp('a/b').source, new RegExp('[/]').source, new RegExp('\n').source, RegExp.prototype.source]);
show('flags', () => [/a/dgimsuy.flags, /a/v.flags, /a/.global, RegExp.prototype.flags, RegExp.prototype.global]);
show('flag getter bad', () => Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}));
show('exec', () => execInfo(/a(b)?(c)?/.exec('xab')));
show('exec null', () => /z/.exec('abc'));
show('exec groups', () => execInfo(/(?<y>\d{4})-(?<m>\d\d)/.exec('on 2024-05!')));
show('exec indices', () => { const m = /(?<w>b)(x)?/d.exec('abc'); return [m.indices, m.indices.groups]; });
show('exec bad this', () => RegExp.prototype.exec.call({}, 'a'));
show('lastIndex global', () => { const r = /o/g; const out = []; for (let i = 0; i < 4; i++) out.push(r.test('foo'), r.lastIndex); return out; });
show('lastIndex sticky', () => { const r = /o/y; return [r.test('foo'), r.lastIndex, (r.lastIndex = 1, r.test('foo')), r.lastIndex]; });
show('lastIndex readonly', () => { const r = /a/g; Object.defineProperty(r, 'lastIndex', { writable: false }); return r.exec('b'); });
show('test custom exec', () => { const r = /a/; r.exec = () => ({}); return r.test('zzz'); });
show('test bad exec', () => { const r = /a/; r.exec = () => 1; return r.test('a'); });
show('toString', () => [String(/a/g), RegExp.prototype.toString.call({ source: 'x', flags: 'y' })]);
show('compile', () => { const r = /a/g; r.compile('b+', 'i'); return [String(r), r.lastIndex, r.test('BB')]; });
show('compile flags', () => /a/.compile(/b/, 'g'));
show('match', () => ['a1b22c333'.match(/\d+/g), execInfo('a1b22'.match(/\d+/)), 'abc'.match(/z/g), 'ab'.match(/(?:)/g)]);
show('matchAll', () => [...'a1b22c'.matchAll(/\d+/g)].map(m => m[0] + '@' + m.index));
show('matchAll tag', () => Object.prototype.toString.call('a'.matchAll(/a/g)));
show('replace', () => ['a1b22'.replace(/\d/g, '#'), 'abc'.replace(/b/, '[$&|$`|$\'|$$]'), 'john smith'.replace(/(\w+)\s(\w+)/, '$2, $1')]);
show('replace captures', () => ['abc'.replace(/(b)/, '$01$10$2$0'), 'abc'.replace(/(?<x>b)/, '[$<x>][$<y>][$<x]'), 'abc'.replace(/b/, '$<x>')]);
show('replace fn', () => 'a1b22'.replace(/(\d)(\d)?/g, (m, a, b, i, s) => `(${m},${a},${b},${i},${s.length})`));
show('replace fn groups', () => '2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/, (...args) => JSON.stringify(args[args.length - 1])));
show('replace empty', () => ['abc'.replace(/(?:)/g, '-'), '\u{1F600}'.replace(/(?:)/gu, '-').length, '\u{1F600}'.replace(/(?:)/g, '-').length]);
show('replace sticky', () => ['aaba'.replace(/a/gy, 'x'), 'baa'.replace(/a/y, 'x')]);
show('replaceAll', () => ['a1b2'.replaceAll(/\d/g, n => n * 2), 'xax'.replaceAll(/x/g, '$&$&')]);
show('search', () => ['abc'.search(/c/), 'abc'.search(/z/), (() => { const r = /b/g; r.lastIndex = 2; 'abc'.search(r); return r.lastIndex; })()]);
show('split', () => ['a1b22c'.split(/\d+/), 'a1b2c'.split(/(\d)/), 'abc'.split(/(?:)/), ''.split(/x/), ''.split(/(?:)/), 'a,b,c'.split(/,/, 2), 'ab'.split(/(?:)/u)]);
show('split captures', () => 'a-b_c'.split(/(-)|(_)/));
show('split sticky', () => 'a,b,c'.split(/,/y));
show('species split', () => {
  class R extends RegExp { static get [Symbol.species]() { return RegExp; } }
  return 'a1b2c'.split(new R('\\d'));
});
show('subclass exec', () => {
  class R extends RegExp { exec(s) { const m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; } }
  return ['abc'.replace(new R('b', 'g'), '[$&]'), 'abab'.match(new R('a', 'g'))];
});
show('symbol methods', () => [RegExp.prototype[Symbol.match].name, RegExp.prototype[Symbol.replace].length, RegExp.prototype[Symbol.split].length]);
show('species', () => RegExp[Symbol.species] === RegExp);
show('legacy', () => { /(\d)(\d)?/.exec('ab12cd'); return [RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$`'], RegExp["$'"], RegExp.lastParen, RegExp.input]; });
show('unicode', () => [/\u{1F600}/u.test('\u{1F600}'), /^.$/u.test('\u{1F600}'), /^.$/.test('\u{1F600}'), /\p{L}+/u.exec('123héllo')[0]]);
show('ignoreCase', () => [/straße/i.test('STRASSE'), /k/i.test('\u212A'), /k/iu.test('\u212A')]);
show('literal reuse', () => { let n = 0; for (let i = 0; i < 5; i++) if (/x/g.test('x')) n++; return n; });
show('wide input', () => ['€a€b'.replace(/[a-b]/g, '!'), 'é-€'.split(/-/), '€€'.match(/€/g)]);
