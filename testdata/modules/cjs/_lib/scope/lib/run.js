module.exports = require('../try.js')([
  '#pat/a', '#pat/../a', '#pat/', '#bad', '#up', '#arr', '#missing', '#pkg', '#nope', '#',
  'scope-self', 'scope-self/x/a', 'scope-self/x/../a', 'scope-self/x/a.js', 'scope-self/x/%2e%2e/x',
]);
