module.exports = { name: 'plain', parentIsModule: module.parent instanceof module.constructor };
