module.exports = 'local helper';
