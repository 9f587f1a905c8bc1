const path = require('path');
let withOptionPaths;
try {
  withOptionPaths = require.resolve('tiny', { paths: [__dirname] });
} catch (e) {
  withOptionPaths = e.code;
}
module.exports = {
  paths0: path.basename(module.paths[0]),
  tiny: require('tiny'),
  resolved: path.relative(__dirname, require.resolve('tiny')),
  withOptionPaths,
};
