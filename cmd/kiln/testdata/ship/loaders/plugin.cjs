module.exports = 'the plugin beside its loader';
