// process.report writes reports on its signal while reportOnSignal is set,
// and for an uncaught exception with reportOnUncaughtException.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-report-triggers-'));

// The children run a script file (the test binary stands in for kiln with
// a script, not with -e).
const reports = path.join(dir, 'reports');
fs.mkdirSync(reports);
function runChild(body) {
  const script = path.join(dir, 'child.js');
  fs.writeFileSync(script, `process.report.reportOnUncaughtException = true;
process.report.directory = ${JSON.stringify(reports)};
${body}`);
  return spawnSync(process.execPath, [script]);
}
const child = runChild("throw new Error('boom');");
const files = fs.readdirSync(reports);
const written = JSON.parse(fs.readFileSync(path.join(reports, files[0])));
console.log(child.status, files.length, String(child.stderr).includes('Writing Node.js report to file: report.'));
console.log(written.header.event, written.header.trigger, written.javascriptStack.stack.length > 0);
fs.rmSync(path.join(reports, files[0]));

const handled = runChild("process.on('uncaughtException', () => console.log('handled')); throw new Error('boom');");
console.log(handled.status, String(handled.stdout).trim(), fs.readdirSync(reports).length);

process.report.directory = reports;
console.log(process.listenerCount('SIGUSR2'));
process.report.reportOnSignal = true;
console.log(process.listenerCount('SIGUSR2'));
process.report.signal = 'SIGUSR1';
console.log(process.listenerCount('SIGUSR2'), process.listenerCount('SIGUSR1'));
process.report.signal = 'SIGUSR2';
process.kill(process.pid, 'SIGUSR2');
(function wait() {
  const got = fs.readdirSync(reports);
  if (got.length === 0) {
    setTimeout(wait, 10);
    return;
  }
  const r = JSON.parse(fs.readFileSync(path.join(reports, got[0])));
  console.log(r.header.event, r.header.trigger, JSON.stringify(r.javascriptStack));
  process.report.reportOnSignal = false;
  console.log(process.listenerCount('SIGUSR2'));
  fs.rmSync(dir, { recursive: true });
})();
