// mustache: sections, inverted sections, partials, escaping, custom
// delimiters, lambdas, the parse tree and its error for an unclosed section.
const Mustache = require('mustache');
const view = { name: 'W', list: [1, 2, 3], empty: [], html: '<a href="x">&</a>', person: { first: 'Ada', last: 'L' } };
console.log(Mustache.render('Hello {{name}} {{#list}}[{{.}}]{{/list}} {{^empty}}none{{/empty}} {{&html}} {{html}} {{{html}}} {{> p}}', view, { p: 'partial {{name}}' }));
console.log(Mustache.render('{{#person}}{{first}} {{last}}{{/person}} {{person.first}} {{missing.deep}}|', view));
console.log(JSON.stringify(Mustache.parse('{{a}} {{#b}}c{{/b}} {{! comment }}{{>p}}')));
try {
  Mustache.render('{{#a}}', {});
} catch (e) {
  console.log(e.name, e.message);
}
console.log(Mustache.render('{{=<% %>=}}<% x %> {{x}}', { x: 'delims' }));
console.log(Mustache.render('{{f}} {{#wrap}}inner {{y}}{{/wrap}}', {
  f() { return 'fn' + this.y; }, y: 1,
  wrap: () => (text, render) => '<' + render(text) + '>',
}));
Mustache.escape = (s) => String(s).toUpperCase();
console.log(Mustache.render('{{s}}', { s: 'custom escape' }));
