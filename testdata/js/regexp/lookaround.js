// Lookahead and lookbehind, positive and negative, including variable-length lookbehind and captures inside.
console.log('price: $42, €13'.match(/(?<=\$)\d+/)[0], 'price: $42, €13'.match(/(?<!\$)\b\d+/)[0]);
console.log(JSON.stringify('abc123def'.match(/\d+(?=def)/)), JSON.stringify('abc123xyz'.match(/\d+(?!\d|def)/)));
console.log(JSON.stringify('1,234,567'.match(/(?<=,)\d{3}/g)), '1234567'.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
// Variable-length lookbehind.
console.log(JSON.stringify('xaaay'.match(/(?<=x(a+))y/)), JSON.stringify('ab'.match(/(?<=a|xyz)b/)));
// Captures in lookbehind are matched right-to-left; backreferences inside lookbehind refer backwards.
console.log(JSON.stringify(/(?<=(\d+)(\d+))$/.exec('1053')), JSON.stringify(/(?<=\1(a))b/.exec('aab')));
// Lookahead does not consume; captures inside positive lookahead survive.
console.log(JSON.stringify(/(?=(a+))a*b\1/.exec('baaabac')), JSON.stringify(/(?=(\w+))/.exec('hello')));
// Captures inside negative lookarounds are always undefined.
console.log(JSON.stringify(/(?!(x))a/.exec('a')), JSON.stringify(/(?<!(x))a/.exec('a')));
// Lookbehind at string start and with multiline anchors.
console.log(/(?<=^)a/.test('a'), /(?<=^b)a/m.test('x\nba'), /(?<!^)a/.test('a'));
// Global replace with lookbehind sees the original string.
console.log('aaaa'.replace(/(?<=a)a/g, 'b'));
// Password-style combined lookaheads.
const strong = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$/;
console.log(['weakpass', 'Str0ngPass', 'SHORT1a', 'NoDigitsHere'].map((p) => strong.test(p)).join());
// Quantified lookahead is allowed outside unicode mode.
console.log(/(?=a)*/.test(''), (() => { try { return new RegExp('(?=a)*', 'u'); } catch (e) { return e.constructor.name; } })());
