module.exports = "np-shadow from NODE_PATH";
