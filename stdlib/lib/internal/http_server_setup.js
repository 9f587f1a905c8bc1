'use strict';

// https and http2 (with allowHTTP1) set their servers up as http's do;
// node exports no such function, so http leaves it here (setupServer)
// rather than on its exports, where programs would see it.
module.exports = { setupServer: null };
