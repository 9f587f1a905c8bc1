module.exports = require('./core.cjs');
