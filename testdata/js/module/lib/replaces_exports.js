// Helper: replaces module.exports with a function that also carries properties.
function greet(name) {
  return `hello, ${name}`;
}
greet.version = '1.0';
module.exports = greet;
