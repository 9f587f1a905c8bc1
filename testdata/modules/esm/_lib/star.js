export * from './util.js';
export * as nsUtil from './util.js';
export { which as renamed } from '#dep/a';
