module.exports = "from disk";
