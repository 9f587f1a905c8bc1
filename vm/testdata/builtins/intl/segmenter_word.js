// Intl.Segmenter words (UAX #29 §4, rules WB3–WB999) and isWordLike, checked against node's ICU.
// Not here: runs of ideographs, kana and Thai-like scripts, which ICU splits with dictionaries (see
// builtin_intl_segmenter.go); the single words below are what both give.
const w = new Intl.Segmenter('en', { granularity: 'word' });
const cases = [
  'Hello, world!', "can't won’t", 'a.b.c e.g. 3.14 1,000.5 x@y.com a:b', '_ __ a_ _1 _x_', '😀😀 👨‍👩‍👧 hi',
  '  \t x\n\ny\r\nz', 'a\u0308b \u0308a', '🇺🇸🇫🇷🇩', 'שׁ"ב קו"ם ק\'', '₂₃ ½ ａｂｃ１２ ١٢٣', 'a\u00adb a\u200bb a\u200db',
  '3a a3 1/2 $5 A’s', 'カタカナ ーー 漢字 我爱你 가나다 한글 aㄱa 가1', 'ひらがな',
  'naïve café Straße ΑΘΗΝΑ Москва', 'foo_bar baz-qux', 'https://example.com/a?b=c', '12:30 3;4 5,6',
  '\u0600\u0661 \u0661\u066b\u0662', 'a\u2060b', '', ' ',
];
for (const s of cases) console.log(JSON.stringify(s), JSON.stringify([...w.segment(s)].map((x) => (x.isWordLike ? '*' : '') + x.segment)));
