function add(a, b) { return a + b; }
function unused() { return 'never'; }
module.exports = function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = add(s, i);
  if (s < 0) unused();
  return s;
};
