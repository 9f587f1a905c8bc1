module.exports = "np-exp/sub";
