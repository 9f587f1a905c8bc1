// ERR_OUT_OF_RANGE shows a large integer it received with _ between groups of three digits, in every
// module: BlockList, CallTracker, DiffieHellman and the process credentials share binding.outOfRange.
const net = require('net'); const assert = require('assert'); const crypto = require('crypto');
for (const f of [() => new net.BlockList().addSubnet('1.2.3.4', 2 ** 40), () => new net.BlockList().addSubnet('1.2.3.4', 1.5),
  () => new assert.CallTracker().calls(() => {}, 2 ** 33), () => crypto.createDiffieHellman(2 ** 40), () => process.setuid(2 ** 33)]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
