// dotenv: parsing, expansion-free config from a file, and populate.
const fs = require('fs');
const path = require('path');
const dotenv = require('dotenv');

const src = [
  '# comment',
  'BASIC=basic',
  'export EXPORTED=yes',
  'EMPTY=',
  'SINGLE=\'single quoted\'',
  'DOUBLE="double\\nnewline"',
  'BACKTICK=`back tick`',
  'SPACED =   spaced value   ',
  'INLINE=value # trailing comment',
  'HASH="has # inside"',
  'MULTI="line one',
  'line two"',
  'EQUALS=a=b=c',
  'JSON={"a":1}',
  'lower_case=ok',
].join('\n');
const parsed = dotenv.parse(src);
for (const [k, v] of Object.entries(parsed)) console.log(JSON.stringify(k), JSON.stringify(v));
console.log('parse buffer', JSON.stringify(dotenv.parse(Buffer.from('A=1\r\nB=2\r\n'))));

const file = path.join(__dirname, '.env.npm-fixture');
fs.writeFileSync(file, 'KILN_DOTENV_A=from file\nKILN_DOTENV_B=second\n');
try {
  process.env.KILN_DOTENV_B = 'preset';
  const res = dotenv.config({ path: file, quiet: true });
  console.log('config parsed', JSON.stringify(res.parsed), res.error);
  console.log('env', process.env.KILN_DOTENV_A, process.env.KILN_DOTENV_B);
  dotenv.config({ path: file, override: true, quiet: true });
  console.log('override', process.env.KILN_DOTENV_B);
  const missing = dotenv.config({ path: path.join(__dirname, 'no-such.env'), quiet: true });
  console.log('missing', missing.error && missing.error.code);
} finally {
  fs.unlinkSync(file);
}

const target = { X: 'old' };
dotenv.populate(target, { X: 'new', Y: 'y' });
console.log('populate', JSON.stringify(target));
dotenv.populate(target, { X: 'newer' }, { override: true });
console.log('populate override', JSON.stringify(target));
try {
  dotenv.populate(target, 'not an object');
} catch (e) {
  console.log('populate error', e.code, e.message);
}
console.log('exports', Object.keys(dotenv).sort().join(','));
