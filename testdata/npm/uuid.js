// uuid: random ids are checked by format only; v3/v5 ids are deterministic.
const uuid = require('uuid');

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const v4 = uuid.v4();
console.log('v4 format', re.test(v4), v4.length, uuid.validate(v4), uuid.version(v4));
const v1 = uuid.v1();
console.log('v1 format', re.test(v1), uuid.version(v1));
console.log('v1 fixed', uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: new Date('2011-11-01').getTime(), nsecs: 5678 }));
console.log('v4 from random', uuid.v4({ random: Array.from({ length: 16 }, (_, i) => i * 17) }));
console.log('v5 url', uuid.v5('https://example.com/', uuid.v5.URL));
console.log('v5 dns', uuid.v5('example.com', uuid.v5.DNS));
console.log('v5 custom ns', uuid.v5('hello', '1b671a64-40d5-491e-99b0-da01ff1f3341'));
console.log('v3 dns', uuid.v3('example.com', uuid.v3.DNS));
console.log('v3 url', uuid.v3('https://example.com/', uuid.v3.URL));
console.log('NIL', uuid.NIL, uuid.validate(uuid.NIL), uuid.version(uuid.NIL));
const bytes = uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log('parse', bytes.constructor.name, Array.from(bytes).join(','));
console.log('stringify', uuid.stringify(bytes));
const buf = new Array(20).fill(0);
uuid.v5('x', uuid.v5.DNS, buf, 2);
console.log('v5 into buffer', buf.join(','));
console.log('validate', ['', 'not-a-uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff', v4.toUpperCase()].map(uuid.validate));
for (const bad of [() => uuid.parse('zzz'), () => uuid.version('nope'), () => uuid.v5('x', 'bad-namespace')]) {
  try {
    console.log('no error', bad());
  } catch (e) {
    console.log('error', e.name, e.message);
  }
}
