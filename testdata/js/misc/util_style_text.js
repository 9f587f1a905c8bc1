// util.styleText in Node 20: a single style is dropped when stdout is not a
// terminal (as under the fixture harness); a list of styles, or
// validateStream: false, always applies the escape codes.
const { styleText } = require('util');
console.log(JSON.stringify(styleText('red', 'plain')));
console.log(JSON.stringify(styleText(['bold', 'red'], 'both')));
console.log(JSON.stringify(styleText('green', 'forced', { validateStream: false })));
try {
  styleText('no-such-colour', 'x');
} catch (e) {
  console.log(e.code);
}
