// papaparse: CSV with quotes, headers and dynamic typing, unparse, streaming
// step callbacks, and the errors malformed input reports.
const Papa = require('papaparse');
const csv = 'name,age,note\n"Smith, J",42,"said ""hi"""\nDoe,7,\n';
console.log(JSON.stringify(Papa.parse(csv, { header: true, dynamicTyping: true, skipEmptyLines: true })));
console.log(JSON.stringify(Papa.parse('a;b;c\n1;2;3', { delimiter: ';' }).data));
console.log(JSON.stringify(Papa.parse('x\ty\n1\t2\n').meta));
console.log(Papa.unparse([{ a: 1, b: 'x,y' }, { a: 2, b: 'q"z' }]));
console.log(Papa.unparse({ fields: ['h1', 'h2'], data: [[1, null], ['multi\nline', true]] }, { quotes: true, newline: '\n' }));
const rows = [];
Papa.parse('a,b\n1,2\n3,4', { header: true, step: (r) => rows.push(r.data) });
console.log(JSON.stringify(rows));
console.log(JSON.stringify(Papa.parse('a,b\n1,"2\n3,4').errors));
console.log(JSON.stringify(Papa.parse('a,b\n1,2,3\n', { header: true }).errors));
