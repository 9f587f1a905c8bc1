// connect's autoSelectFamily options are checked before anything else, an
// IP host included; hints go to the lookup as they are.
const net = require('net');
for (const o of [{ autoSelectFamily: 'x' }, { autoSelectFamilyAttemptTimeout: 0 }, { autoSelectFamilyAttemptTimeout: 1.5 }, { autoSelectFamilyAttemptTimeout: 'a' }, { host: 'x.test', autoSelectFamily: 1 }, { lookup: 5 }, { host: 'x.test', hints: 'x', lookup(h, o, cb) { console.log('hints', o); } }]) {
  try { const s = net.connect({ host: '127.0.0.1', port: 1, ...o }); s.on('error', () => {}); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
