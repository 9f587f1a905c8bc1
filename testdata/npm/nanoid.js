// nanoid@3 (CommonJS build): ids are random, so print lengths and alphabets only.
const { nanoid, customAlphabet, customRandom, urlAlphabet, random } = require('nanoid');
const nonSecure = require('nanoid/non-secure');

const id = nanoid();
console.log('default', id.length, /^[A-Za-z0-9_-]+$/.test(id));
console.log('sized', nanoid(5).length, nanoid(64).length, nanoid(0));
const hex = customAlphabet('0123456789abcdef', 12);
const h = hex();
console.log('custom alphabet', h.length, /^[0-9a-f]{12}$/.test(h), hex(4).length);
const fixed = customRandom('abcdef', 10, size => new Uint8Array(size).fill(3));
console.log('custom random', fixed());
let n = 0;
const counting = customRandom('0123456789', 8, size => Uint8Array.from({ length: size }, () => n++));
console.log('custom random counting', counting(), counting());
console.log('urlAlphabet', urlAlphabet.length, [...new Set(urlAlphabet)].length);
const r = random(7);
console.log('random', r.constructor.name, r.length);
const ns = nonSecure.nanoid();
console.log('non-secure', ns.length, /^[A-Za-z0-9_-]+$/.test(ns), nonSecure.customAlphabet('ab', 6)().length);
const many = new Set(Array.from({ length: 1000 }, () => nanoid()));
console.log('unique', many.size);
