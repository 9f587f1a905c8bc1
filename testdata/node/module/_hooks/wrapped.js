module.exports = { paths0: require('path').basename(module.paths[0]), tiny: require('tiny') };
