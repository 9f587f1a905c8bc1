const fs = require('fs');
fs.readFileSync('nope');
