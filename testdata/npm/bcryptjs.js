// bcryptjs: hashes with a fixed salt (deterministic), compare, rounds, and the
// async API (random salts shown by length only).
const bcrypt = require('bcryptjs');
const salt = '$2a$04$' + 'abcdefghijklmnopqrstuu';
const h = bcrypt.hashSync('hunter2', salt); console.log(h, bcrypt.compareSync('hunter2', h), bcrypt.compareSync('x', h), bcrypt.getRounds(h));
const h2 = bcrypt.hashSync('pw', 4); console.log(h2.length, bcrypt.compareSync('pw', h2), bcrypt.getSalt(h2).length);
bcrypt.hash('async', 4).then(x => bcrypt.compare('async', x)).then(r => console.log('async', r));
bcrypt.genSalt(4, (e, s) => console.log('salt', e, s.slice(0, 7), s.length));
console.log(bcrypt.truncates ? bcrypt.truncates('a'.repeat(80)) : 'n/a', bcrypt.encodeBase64 ? bcrypt.encodeBase64([1,2,3,4], 4) : '');
