// process.report: the sections of getReport and the settings' checks.
const r = process.report.getReport();
console.log(Object.keys(process.report).join());
console.log(Object.keys(r).join());
const h = r.header;
console.log(h.reportVersion, h.event, h.trigger, h.filename, h.processId === process.pid, h.cwd === process.cwd());
console.log(h.nodejsVersion === process.version, h.arch === process.arch, h.platform === process.platform);
console.log(h.componentVersions.node === process.versions.node, h.release.name, h.host === require('os').hostname());
console.log(Array.isArray(h.cpus), Array.isArray(h.networkInterfaces), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(h.dumpEventTime));
console.log(r.javascriptStack.message, Array.isArray(r.javascriptStack.stack), r.javascriptStack.errorProperties);
const e = new TypeError('boom');
e.extra = 42;
const r2 = process.report.getReport(e);
console.log(r2.javascriptStack.message, r2.javascriptStack.stack[0].startsWith('at '), r2.javascriptStack.errorProperties);
console.log(typeof r.javascriptHeap.totalMemory, typeof r.javascriptHeap.heapSpaces);
const u = r.resourceUsage;
console.log(['free_memory', 'total_memory', 'rss', 'userCpuSeconds', 'kernelCpuSeconds', 'maxRss'].every((k) => typeof u[k] === 'number'));
console.log(Object.keys(u.pageFaults).join(), Object.keys(u.fsActivity).join());
console.log(Array.isArray(r.libuv), Array.isArray(r.workers), Array.isArray(r.sharedObjects), typeof r.userLimits);
console.log(r.environmentVariables.PATH === process.env.PATH);
console.log(JSON.stringify(process.report.getReport()).length > 100);
console.log(process.report.directory, process.report.filename, process.report.compact, process.report.signal,
  process.report.reportOnFatalError, process.report.reportOnSignal, process.report.reportOnUncaughtException,
  process.report.excludeNetwork);
process.report.excludeNetwork = true;
console.log('networkInterfaces' in process.report.getReport().header);
const t = (f) => {
  try { f(); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
};
t(() => process.report.getReport(5));
t(() => process.report.getReport(null));
t(() => { process.report.directory = 5; });
t(() => { process.report.compact = 'yes'; });
t(() => { process.report.signal = 'SIGFOO'; });
t(() => { process.report.signal = 'SIGUSR1'; });
console.log(process.report.signal);
t(() => { process.report.reportOnSignal = 1; });
t(() => process.report.writeReport(5));
const desc = Object.getOwnPropertyDescriptor(process, 'report');
console.log(typeof desc.get, desc.enumerable);

// writeReport writes the JSON to the report directory, under node's file
// name pattern unless given one.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-report-'));
process.report.directory = dir;
const f = process.report.writeReport();
const written = JSON.parse(fs.readFileSync(path.join(dir, f)));
console.log(/^report\.\d{8}\.\d{6}\.\d+\.0\.001\.json$/.test(f), written.header.trigger, written.header.filename === f);
const g = process.report.writeReport('named.json', new Error('x'));
console.log(g, JSON.parse(fs.readFileSync(path.join(dir, g))).javascriptStack.message);
process.report.compact = true;
process.report.writeReport('compact.json');
console.log(fs.readFileSync(path.join(dir, 'compact.json'), 'utf8').split('\n').length);
fs.rmSync(dir, { recursive: true });
