const path = require('path');
const top = __dirname;
const clean = (s) => String(s).split(top).join('<dir>');
for (const id of ['np-one', 'np-two', 'np-shadow', 'np-exp/sub', 'np-exp/other', 'np-none']) {
  try {
    console.log(id, '=>', require(id), clean(require.resolve(id)));
  } catch (e) {
    console.log(id, '!!', e.code, clean(e.message.split('\n')[0]));
  }
}
console.log('paths:', require.resolve.paths('np-one').filter((p) => p.startsWith(top) || p === 'missing-folder').map(clean));
import('np-one').then((m) => console.log('import:', m.default), (e) => console.log('import !!', e.code));
