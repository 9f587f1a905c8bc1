// Intl.Segmenter sentences (UAX #29 §5, rules SB3–SB998), checked against node's ICU.
const s = new Intl.Segmenter('en', { granularity: 'sentence' });
const cases = [
  'Hi there. How are you? Mr. Smith said "no." Fine!  ok',
  'etc. and so on. Next one', 'U.S.A. is big. 3.14 is pi.', 'He said (quietly.) Then left.',
  'Wait... what?! Yes.', 'a.\nb\n\nc\r\nd', 'Line one\u2028Line two\u2029Para', 'end.', '', '   ',
  'Is it?\u00a0Yes.', '“Quoted.” Next.', 'a. b. C. d', 'x, y; z: w. Done', '1. 2. 3.',
  '日本語の文。次の文！最後？', 'Über. Ärger. ok', 'Hmm.)) Ok', 'a.\u0308 b', 'Stop.\u200b Go.',
];
for (const x of cases) console.log(JSON.stringify(x), JSON.stringify([...s.segment(x)].map((y) => y.segment)));
