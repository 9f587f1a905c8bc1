// An uncaught SyntaxError of code compiled at run time (eval, the Function
// constructors) is reported where V8 places it: in that code, a script of
// no file named <anonymous_script> (even with a sourceURL), quoting the
// offending line with the token underlined, not the line that called eval.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-dynamic-syntax-'));
const cases = [
  "eval('let a = 1;\\nsyntax error(');",
  "function f() { return new Function('a', 'b', 'return (a +* b)'); }\nf();",
  "new Function('a = 1 +', 'return 1');",
  "const AsyncFunction = (async () => {}).constructor;\nnew AsyncFunction('x', 'await\\n  }{');",
  "(0, eval)('1 +\\n\\t@ 2\\n//# sourceURL=gen.js');",
  "new Function('a b', 'return 1');",
  "new Function('a', '}); (function(){');",
  "try { eval('a b'); } catch (e) { console.log(e.stack.split('\\n').slice(0, 2).join('|')); }",
];
for (const [i, src] of cases.entries()) {
  const script = path.join(dir, `case${i}.js`);
  fs.writeFileSync(script, src);
  const child = spawnSync(process.execPath, [script]);
  // node's own frames and its version line differ from Kiln's.
  const report = String(child.stderr).split('\n').filter((l) => !l.includes('node:') && !l.startsWith('Node.js v'));
  console.log(`-- case ${i}: status ${child.status}`);
  console.log((String(child.stdout) + report.join('\n')).split(dir + path.sep).join(''));
}
fs.rmSync(dir, { recursive: true });
