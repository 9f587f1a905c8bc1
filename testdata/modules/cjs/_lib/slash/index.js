module.exports = 'slash/index.js';
