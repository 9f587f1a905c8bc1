// packedLines writes rows, [key, value] pairs sorted by key, as the string of a Go packedNames literal (see
// builtin_intl_displaynames.go): one string made of many lines of a few "key\0value\0" entries each, since a table of
// string pairs would put two pointers per entry into the binary's data segment. The generators of intl_*_node.go
// share it.
'use strict';

module.exports = function packedLines(rows) {
  let out = '';
  let line = '';
  const flush = (last) => {
    out += '\t' + JSON.stringify(line) + (last ? '}\n' : ' +\n');
    line = '';
  };
  for (const [k, v] of rows) {
    const item = k + '\0' + v + '\0';
    if (line && JSON.stringify(line + item).length > 110) flush(false);
    line += item;
  }
  flush(true);
  return out;
};
