// A promise an 'exit' listener rejects after an unsettled top-level await
// is reported as uncaught, and the process keeps the exit code 13 it had.
process.on('exit', () => {
  console.log('exit');
  Promise.reject(new Error('rejected while exiting'));
});
await new Promise(() => {});
