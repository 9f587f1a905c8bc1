module.exports = 'feature for require';
