process.setSourceMapsEnabled(true);
require('./dist/caught.js');
