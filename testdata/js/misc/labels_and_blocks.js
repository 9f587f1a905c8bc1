// Labels and blocks in less common positions: labeled blocks with nested loops, labels on if/try, and in functions.
function find(matrix, target) {
  let pos = null;
  search: {
    for (let r = 0; r < matrix.length; r++) {
      for (let c = 0; c < matrix[r].length; c++) {
        if (matrix[r][c] === target) {
          pos = [r, c];
          break search;
        }
      }
    }
    pos = 'not found';
  }
  return pos;
}
console.log(JSON.stringify(find([[1, 2], [3, 4]], 3)), JSON.stringify(find([[1]], 9)));
// Label on if and try statements.
outerIf: if (true) {
  console.log('inside labeled if');
  if (true) break outerIf;
  console.log('never');
}
tryLabel: try {
  console.log('inside labeled try');
  break tryLabel;
} finally {
  console.log('finally of labeled try runs on break');
}
// The same label name can be reused in sibling statements and in nested functions.
a: { console.log('first a'); break a; }
a: { console.log('second a'); break a; }
a: {
  (function () {
    a: for (;;) { console.log('function-local a'); break a; }
  })();
}
// continue with labels on nested while/do-while.
let out = '';
let i = 0;
rows: while (i < 3) {
  i++;
  let j = 0;
  do {
    j++;
    if (j === 2) continue rows;
    out += `${i}${j} `;
  } while (j < 3);
}
console.log(out.trim());
// Labeled function declaration (sloppy mode, Annex B).
labeledFn: function labeled() { return 'labeled function declaration'; }
console.log(labeled());
// Empty statements and blocks.
;;;
{}
{ { { console.log('nested blocks'); } } }
// Label followed by a block containing a let, then the same name outside.
scope: {
  let shadow = 'inside';
  console.log(shadow);
}
console.log(typeof shadow);
// Invalid label uses are syntax errors.
for (const src of ['break nowhere;', 'x: x: ;', 'l: { continue l; }', 'function f() { break; }']) {
  try {
    new Function(src);
    console.log('accepted', src);
  } catch (e) {
    console.log(e.constructor.name, src);
  }
}
