function helper(x) { return 'helped ' + x; }
export { helper as 'module.exports' };
export const other = 1;
