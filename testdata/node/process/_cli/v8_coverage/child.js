const arg = process.argv[2];
const pick = arg === 'x' ? 'ex' : 'other';
function shout(s) {
  return s.toUpperCase() || 'empty';
}
shout(pick);
