// smol-toml: parse and stringify TOML 1.0, dates and times, inline tables, arrays of tables, and its errors.
const TOML = require('smol-toml');
const util = require('util');

const text = `title = "TOML"   # comment
[owner]
name = "Tom \\u00e9"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]
enabled = true
temp = { cpu = 79.5, case = 72.0 }
[servers.alpha]
ip = "10.0.0.1"
"quoted key" = 'literal \\n'
[[products]]
name = "Hammer"
sku = 738_594_937
[[products]]
name = "Nail"
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
ld = 1979-05-27
lt = 07:32:00.5
ldt = 1979-05-27T07:32:00.999
inf = -inf
nan = nan
exp = 5e+22
multi = """
  first \\
  second"""
raw = '''
C:\\path\\'''
`;
const doc = TOML.parse(text);
console.log(util.inspect(doc, { depth: 9 }));
const dob = doc.owner.dob;
console.log(dob instanceof Date, dob.toISOString(), dob.getTime());
console.log(doc.products[1].ld.isDate?.(), doc.products[1].lt.isTime?.(), doc.products[1].ldt.toISOString());
console.log(TOML.stringify(doc));
console.log(TOML.stringify({ a: 1n, b: [{ c: 1 }, { c: 2 }], d: new Date(0), e: { f: { g: 'deep' } }, 'k y': -0, n: NaN }));

for (const bad of ['a = [1,', 'a = 1\na = 2', 'x = 9_007_199_254_740_993', '[t]\n[t]', 'k = "unterminated', 'a.b = 1\na = 2']) {
  try {
    TOML.parse(bad);
    console.log('parsed', JSON.stringify(bad));
  } catch (e) {
    console.log(e.name, e.line, e.column, e.message);
  }
}
