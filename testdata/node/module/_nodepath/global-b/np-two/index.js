module.exports = "np-two";
