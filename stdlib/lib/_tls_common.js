// Node's legacy path to secure contexts, which packages still require.
const { SecureContext, createSecureContext } = require('tls');

// translatePeerCertificate turns the raw form of a peer certificate into
// getPeerCertificate's: its issuers likewise, down the chain until one is
// its own issuer, and infoAccess's "key:value" lines into a table of
// arrays (a value in double quotes is JSON).
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess != null) {
    const lines = String(c.infoAccess);
    const table = { __proto__: null };
    for (const m of lines.matchAll(/([^\n:]*):([^\n]*)(?:\n|$)/g)) {
      const key = m[1];
      let val = m[2];
      if (val.charCodeAt(0) === 0x22) val = JSON.parse(val);
      if (key in table) table[key].push(val);
      else table[key] = [val];
    }
    c.infoAccess = table;
  }
  return c;
}

module.exports = { SecureContext, createSecureContext, translatePeerCertificate };
