module.exports = 'self-reference';
