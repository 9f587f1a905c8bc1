// Template literals: substitutions, escapes, tagged templates, raw strings, caching of strings arrays.
const name = 'world';
console.log(`hello ${name}!`);
console.log(`${1 + 1} ${[1, 2]} ${{}} ${null} ${undefined}`);
console.log(`multi
line`);
console.log(`nested ${`inner ${name.toUpperCase()}`}`);
console.log(`\u0041\x42\u{43} \`tick\` \${not}`);
console.log(`line1\
continued`);

// ToString, not valueOf, is used for substitutions.
const obj = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log(`${obj}`, '' + obj);

try {
  `${Symbol('x')}`;
} catch (e) {
  console.log(e.constructor.name, e.message);
}

function tag(strings, ...values) {
  return JSON.stringify({ strings, raw: strings.raw, values });
}
console.log(tag`a${1}b${2}c`);
console.log(tag``);
console.log(tag`${'only'}`);
console.log(tag`\n\u0041`);

// Invalid escapes are allowed in tagged templates: cooked is undefined.
function cooked(s) { return String(s[0]) + ' | ' + s.raw[0]; }
console.log(cooked`\unicode`);
console.log(cooked`\xg`);

console.log(String.raw`C:\path\to\${name}`);
console.log(String.raw`\n` === '\\n');
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3, 4));
console.log(String.raw({ raw: 'abc' }, '-', '+'));

// The strings array is frozen and cached per call site.
function identity(s) { return s; }
const sites = [];
for (let i = 0; i < 2; i++) sites.push(identity`same`);
console.log(sites[0] === sites[1]);
console.log(identity`same` === identity`same`);
console.log(Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw), Array.isArray(sites[0]));

// Tag can be a member expression; this is the object.
const o = {
  prefix: '>>',
  t(s, v) { return this.prefix + s[0] + v; },
};
console.log(o.t`val:${42}`);

// Tagged templates bind tighter than new/call chains.
function makeTag() { return s => s[0].toUpperCase(); }
console.log(makeTag()`shout`);

// Line terminators in templates are normalised to \n in cooked and raw.
const crlf = eval('`a\r\nb`');
console.log(JSON.stringify(crlf));
const rawCrlf = eval('String.raw`a\r\nb`');
console.log(JSON.stringify(rawCrlf));

// Template with expressions that throw stop evaluation.
let counter = 0;
try {
  `${counter++}${(() => { throw new Error('stop'); })()}${counter++}`;
} catch (e) {
  console.log(e.message, counter);
}
console.log(typeof `${1}`, `${1}`.length);
