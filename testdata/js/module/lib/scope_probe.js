// Helper: reports facts about its own module scope.
var moduleVar = 'module-local var';
const topThis = this;
module.exports = {
  thisIsExports: topThis === exports,
  moduleVarIsGlobal: 'moduleVar' in globalThis,
  filename: __filename.split(/[\\/]/).pop(),
  dirname: __dirname.split(/[\\/]/).pop(),
  idIsFilename: module.id === __filename,
  loadedWhileRunning: module.loaded,
  sawSharedGlobal: globalThis.sharedFromMain,
  argumentsLength: arguments.length,
  parentIsMain: module.parent === require.main,
};
