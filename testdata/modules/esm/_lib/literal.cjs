// module.exports = { … } as Node's lexer reads it: names with one-word
// values go on, a value that only starts with a word is the last name taken,
// a method ends the list with its first word, and a value that starts with
// no word ends it untaken.
const a = 1, b = 2, c = 3, x = { y: 4 };
module.exports = { a, 'b': b, c: true, ...x, d: x.y, e: 5, f: 6 };
