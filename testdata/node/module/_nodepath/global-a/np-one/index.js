module.exports = "np-one";
