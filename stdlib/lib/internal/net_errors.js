// The system errors of sockets in node's forms (node's internal/errors
// helpers of the same names), shared by net and dgram. err is the
// binding's [errno, code, message].

// errnoException: "read ECONNRESET".
function errnoException(err, syscall) {
  const e = new Error(`${syscall} ${err[1]}`);
  e.errno = err[0];
  e.code = err[1];
  e.syscall = syscall;
  return e;
}

// exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:1".
function exceptionWithHostPort(err, syscall, address, port) {
  const e = new Error(`${syscall} ${err[1]} ${port > 0 ? `${address}:${port}` : address}`);
  e.errno = err[0];
  e.code = err[1];
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// uvExceptionWithHostPort: "listen EADDRINUSE: address already in use :::80".
function uvExceptionWithHostPort(err, syscall, address, port) {
  const e = new Error(`${syscall} ${err[1]}: ${err[2]} ${port > 0 ? `${address}:${port}` : address}`);
  e.code = err[1];
  e.errno = err[0];
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

module.exports = { errnoException, exceptionWithHostPort, uvExceptionWithHostPort };
