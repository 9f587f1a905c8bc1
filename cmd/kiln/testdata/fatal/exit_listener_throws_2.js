// A throw in an 'exit' listener: exit code 1 unless the program set process.exitCode (process.exit(0) sets it). A string thrown: no stack, whose process.exit frame names node's per_thread file.
process.on('exit', (c) => { throw 'in exit ' + c; });
process.exit(0)
