process.exitCode = 3;
throw new Error('boom');
