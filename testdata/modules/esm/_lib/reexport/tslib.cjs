// TypeScript's CommonJS output for `export * from './core'`.
var __exportStar = (this && this.__exportStar) || function (m, exports) {
  for (var p in m) if (p !== 'default' && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = m[p];
};
Object.defineProperty(exports, '__esModule', { value: true });
exports.local = 'l';
__exportStar(require('./core.cjs'), exports);
__exportStar(require('./more.cjs'), exports);
