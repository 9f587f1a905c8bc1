module.exports = 'side.js';
