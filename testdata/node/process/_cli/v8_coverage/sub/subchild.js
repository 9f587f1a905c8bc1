// Run by relparent.js with its own working directory.
module.exports = process.argv[2] === 'x' ? 'ex' : 'other';
