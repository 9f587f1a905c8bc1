module.exports = "scope-a";
