// Intl.Segmenter grapheme clusters (UAX #29 §3, rules GB3–GB999), checked against node's ICU.
const g = new Intl.Segmenter('en');
const esc = (s) => [...s].map((c) => { const n = c.codePointAt(0); return n >= 0x20 && n < 0x7f ? c : '\\u{' + n.toString(16) + '}'; }).join('');
const cases = [
  'abc', '', '\r\n', '\n\r', '\r\r\n\n', 'a\u0000b',
  'e\u0301\u0302', '\u0301a', 'a\u200cb', 'a\u200db', '\u200b\u0308',
  '👨‍👩‍👧‍👦', '👩🏽‍💻', '👍🏽', '🏳️‍🌈', '❤️‍🔥', '©\u200d©', 'a\u200d©', '😀😀', '😀\u200d', '\u200d😀',
  '🇺🇸🇫🇷', '🇺🇸🇫', '🇺a🇸', '1️⃣#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '한국어', '\u1100\u1161\u11a8', '\uac00\u11a8', '\u1100\uac00', '\u1100\u1100\u1161\u11a8\u11a8',
  'नमस्ते', 'क्षत्रिय', 'क्‍ष', 'ক্ষমা', 'हिन्दी', 'a\u0903', '\u0915\u093f',
  'กำ', 'สวัสดี', 'ภาษาไทย', 'ก\u0e33',
  '\u0600\u0661', '\u0d4e\u0d15', 'x\ud800y', '\udc00\u0308', '\u{e0001}a', 'a\u{e0020}',
  'ខ្មែរ', 'မြန်မာ', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
];
for (const s of cases) console.log(esc(s), JSON.stringify([...g.segment(s)].map((x) => [x.index, esc(x.segment)])));
