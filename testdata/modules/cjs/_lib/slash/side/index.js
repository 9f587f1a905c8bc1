module.exports = 'side/index.js';
