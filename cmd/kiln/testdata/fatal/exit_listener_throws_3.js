// A throw in an 'exit' listener: exit code 1 unless the program set process.exitCode (process.exit(0) sets it).
process.on('exit', (c) => { throw new Error('in exit ' + c); });
process.exitCode = 3
