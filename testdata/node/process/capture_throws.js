// A capture callback that throws ends the process with code 7, as a
// throwing 'uncaughtException' listener does.
process.on('exit', (code) => console.log('exit', code));
process.setUncaughtExceptionCaptureCallback(() => { throw new Error('inner'); });
throw new Error('outer');
