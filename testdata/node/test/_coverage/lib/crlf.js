// Windows line ends.
exports.crlf = function crlf(a) {
  if (a) {
    return 1;
  }
  return 2;
};
