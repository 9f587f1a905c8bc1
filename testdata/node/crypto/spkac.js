// crypto.Certificate (SPKAC) on checked-in SPKACs (_x509/gen.sh): the
// challenge, the public key, signature checks (tampered ones fail), the
// static and instance forms, and node's empty answers for bad input.
const { Certificate } = require('crypto');
const fs = require('fs');
const path = require('path');

function tryIt(label, f) {
  try {
    console.log(label, '->', f());
  } catch (e) {
    console.log(label, '->', `${e.name} [${e.code}]: ${e.message}`);
  }
}

for (const f of ['spkac-rsa.txt', 'spkac-md5.txt', 'spkac-ec.txt']) {
  const s = fs.readFileSync(path.join(__dirname, '_x509', f), 'utf8');
  tryIt(`${f} challenge`, () => Certificate.exportChallenge(s).toString());
  tryIt(`${f} public key`, () => Certificate.exportPublicKey(Buffer.from(s)).toString().split('\n').length);
  tryIt(`${f} verify`, () => Certificate.verifySpkac(Buffer.from(s)));
  tryIt(`${f} instance`, () => [Certificate().exportChallenge(s).length, new Certificate().verifySpkac(Buffer.from(s))]);
  const tampered = Buffer.from(s.slice(0, 40) + (s[40] === 'A' ? 'B' : 'A') + s.slice(41));
  tryIt(`${f} tampered`, () => Certificate.verifySpkac(tampered));
}
const rsa = fs.readFileSync(path.join(__dirname, '_x509', 'spkac-rsa.txt'), 'utf8');
console.log(Certificate.exportPublicKey(rsa).toString());
tryIt('garbage', () => [Certificate.exportChallenge('garbage'), Certificate.exportPublicKey('garbage'),
  Certificate.verifySpkac(Buffer.from('garbage'))]);
tryIt('empty', () => [Certificate.exportChallenge(''), Certificate.exportPublicKey('')]);
tryIt('verify string', () => Certificate.verifySpkac('abc'));
tryIt('number', () => Certificate.exportChallenge(5));
tryIt('hex encoding', () => Certificate.exportChallenge(Buffer.from(rsa).toString('hex'), 'hex').toString());
tryIt('names', () => [Object.getOwnPropertyNames(Certificate), Object.getOwnPropertyNames(Certificate.prototype),
  Certificate.length]);
