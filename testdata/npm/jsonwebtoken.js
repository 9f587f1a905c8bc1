// jsonwebtoken (with jws and jwa): HMAC, RSA (PKCS#1 v1.5 and PSS) and
// ECDSA tokens signed and verified, with keys as PEM strings and as
// KeyObjects. RS256 and HS256 tokens are deterministic and print whole;
// PS256 and ES256 ones are randomized, so their verification prints.
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

// A fixed 2048-bit RSA key and P-256 key, made by node for this script.
const rsaPem = `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAseW3hvMjQxJWmEuL/jq5WQPdrwCywWyma0BaXETIUYkgB6gU
7GDcL2pesoDdoGzNkR3J0B+8gmyJpGQnDLvQSLo9yyVOa352cr0ggySuN/ajWaXB
6Fmr3E8Bw4zOZ7pCSonZmaXSo4L3hVc0nEhwd3o/r8tAIxnExjgjUSTCMbl2TLBe
gF70CNwMz1JT1WjsG/UIlm8rYsv7TIy74IZRkCgPlLFjUQoRnxC20tID0HhuNas7
1TAQixJgalK4QM7/cADrBG3Ws4OGSG624gAewGsAwc5S2QO6T/rMcNoMO4yugVGS
a+yfsQ2GAGGdJfOeNSUmBsJqNvoKa4C0NIZMTwIDAQABAoIBAAwsoVut5frgFWcE
vIbgc/DAj/o6/QC5s8XhOI3Z8y+JR9TeTthCZK8mA2cJ5KDm8UZ+GGKS2W6/iMfk
RrvbWoyvmiz915kJpYeCo+f1qaqQyWsIKfYBtP41tfQw/ashlwnM10Rpkbm468GH
T0Vmu7OhfRxFt5TvXYUHMHuMHXITluM+ndhZXtcxEM0D7Y0Vnxzz7itvCZkAQLGV
t7CqHkIiXcAibfK2poX6rMw0LSXVupiQ+zz4ySe1q750WJ2wzQCt+MEKlGzDGoKQ
iDJW8W64hc7vq0e1o6iOfc1z5qEfbwrtoFY34CfLh96DMn+boDK/M+a7p0MHfyyA
xygwtvkCgYEA4EKyfT3VnSuqNYUAbETCx99CevF+A1XAC0ICbY9HgY1q9XtNWVAi
CT1t5PAQ/I7eQbXutwAJPMtndi7dynH2Ka10EnIGh6bYR/ozLbKPpYkH9dsvXhRX
P6b/LKu1smh17oKhQ4ofXp03XiIZocHYOjfS7DYA8WXdnoAVhjxRy3sCgYEAyxM1
sr4LIGDhs8hPIeYzZrOXQzE7EnkMhqAQbR5I3OVr4ohXpe+FKHsjmmlnvIn8U0vC
7ENBiG7afjs5Kb0vjkT6PfGXr2/JBe4qe5uYq5RQdi74VGlLbG+quPH3T4yJEfCb
6m59YQ+ENZCXuI/+Z8rlvQtJjIb6nn3i83cZcD0CgYBxiBKIaPdtvB9NPOn75cue
GB610u/yjETO7joAcRrIMWnGoQeFgZXZi6nIzugqk8FdDtes+W2zw127bPqHdK4k
Z1VtySAZKJQxzC6Aofcq3HaVNsOCI1YQOWDRopQ3n76kYql1YcWDxp+zHhxP0ay/
vGchgi10CBfsF/fNn1fhZQKBgQCasJ1c9MsA9Qu4qUMuLW7GMtNsiZnX7oGOI2uf
00vpiJFv1C//5L5oIbTzMIum4O1mffWTh3/p75dcRLy8gLIzC3Qbr2a+asaUT+Ho
mpPnT2kjPZBIrJSZm05O53JeFE1tbv01zMiRIQKy0tvf6T//zFzIbkquUzuhc39n
ujeUeQKBgBzvwavgsq0hudKjIQx2yGyH6U8AFQ39TvsUP8btfMi6GVjjN8/7Ml6d
whid1crIfdWk4CcenVV9O2slCrRMWuByjbOZxJC0v1TjPYULkHVIpmeYNhZCVh7m
wK4E1i7zsF4tmfuBJJVwD+puWZ1m6KtptI6Cr4QNRl+Gu12kZqE9
-----END RSA PRIVATE KEY-----`;
const ecPem = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgFRhjMVn0w+JK5DQJ
wb9D8FdrePIEAsR3P7s3C/Y65kGhRANCAAT7xOFbEzF563juc3O1nkYr36tWBOlA
RRGfdu6QSfHeLJkPPJSDi2uxsCYMWOp07fjVLfi2X6A9jAF1XvDdum4X
-----END PRIVATE KEY-----`;

const payload = { sub: 'kiln', admin: true, iat: 1700000000 };
const hs = jwt.sign(payload, 'shared secret');
console.log('HS256', hs);
console.log(jwt.verify(hs, 'shared secret'));
console.log('HS512', jwt.sign(payload, 'shared secret', { algorithm: 'HS512' }));

const rs = jwt.sign(payload, rsaPem, { algorithm: 'RS256' });
console.log('RS256', rs);
const rsaPublic = crypto.createPublicKey(rsaPem);
console.log(jwt.verify(rs, rsaPublic.export({ type: 'spki', format: 'pem' })));
console.log(jwt.verify(rs, rsaPublic, { algorithms: ['RS256'] }).sub);
console.log('RS384 KeyObject', jwt.sign(payload, crypto.createPrivateKey(rsaPem), { algorithm: 'RS384' }).split('.')[2]);

for (const algorithm of ['PS256', 'ES256']) {
  const key = algorithm === 'ES256' ? ecPem : rsaPem;
  const token = jwt.sign(payload, key, { algorithm, keyid: 'k1' });
  const decoded = jwt.decode(token, { complete: true });
  console.log(algorithm, decoded.header, jwt.verify(token, crypto.createPublicKey(key)).admin);
  const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  try {
    jwt.verify(forged, crypto.createPublicKey(key));
  } catch (e) {
    console.log(algorithm, 'forged', e.name, e.message);
  }
}

try {
  jwt.verify(rs, 'shared secret');
} catch (e) {
  console.log('wrong key', e.name, e.message);
}
try {
  jwt.verify(hs, rsaPublic);
} catch (e) {
  console.log('HS with a public key', e.name, e.message);
}
try {
  jwt.sign(payload, ecPem, { algorithm: 'RS256' });
} catch (e) {
  console.log('RS256 with an EC key', e.name, e.message);
}
try {
  jwt.verify(jwt.sign({ sub: 'x', exp: 1 }, 'k'), 'k');
} catch (e) {
  console.log('expired', e.name, e.message, e.expiredAt.toISOString());
}

jwt.sign(payload, rsaPem, { algorithm: 'RS256' }, (err, token) => {
  console.log('callback', err, token === rs);
  jwt.verify(token, rsaPublic, (err2, decoded) => console.log('verify callback', err2, decoded.iat));
});
