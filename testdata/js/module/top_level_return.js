// A return statement at the top level of a CommonJS module ends it; exit code stays 0 and timers still run.
console.log('before return');
setTimeout(() => console.log('timer scheduled before the return still runs'), 0);
function helper() {
  return 'functions declared below the return are hoisted';
}
console.log(helper());
if (module.exports) {
  return;
}
console.log('never printed');
