// process.report: node's diagnostic report as an object (getReport) or a
// JSON file (writeReport). Kiln fills the sections it can know: header,
// javascriptStack, javascriptHeap, resourceUsage, uvthreadResourceUsage
// (the whole process's figures: Kiln's loop has no thread of its own),
// environmentVariables, userLimits and sharedObjects. nativeStack, libuv
// and workers are left empty. Reports are written on a signal and on an
// uncaught exception when asked for, not on a fatal error (Kiln's fatal
// errors end the process in Go).
//
// The header has no glibcVersionRuntime or glibcVersionCompiler: node
// writes them only when built against glibc (node on musl has neither),
// and Kiln is a static binary built against no C library. Loaders that
// read them (detect-libc, napi-rs's) then take it for a libc other than
// glibc, or go on to their other checks (/usr/bin/ldd, getconf); Kiln
// loads no native addon either way.

const os = require('os');

const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};
let sequence = 0;

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw binding.invalidArgType(name, 'of type boolean', value);
}

function validateErr(err) {
  if (err !== undefined && (err === null || typeof err !== 'object' || Array.isArray(err))) {
    throw binding.invalidArgType('err', 'of type object', err);
  }
}

function pad(n, width = 2) {
  return `${n}`.padStart(width, '0');
}

function stackLines(stack) {
  return `${stack}`.split('\n').slice(1).map((line) => line.trim()).filter((line) => line.startsWith('at '));
}

const kNoStack = Symbol('kNoStack');

function javascriptStack(err) {
  if (err === kNoStack) return { message: '', errorProperties: {} };
  if (err === undefined) {
    const synthetic = new Error();
    return {
      message: 'Error [ERR_SYNTHETIC]: JavaScript Callstack',
      stack: stackLines(synthetic.stack).slice(2),
      errorProperties: { code: 'ERR_SYNTHETIC' },
    };
  }
  const stack = typeof err.stack === 'string' ? err.stack : `${err}`;
  const errorProperties = {};
  for (const key of Object.keys(err)) {
    if (key !== 'stack' && key !== 'message') errorProperties[key] = `${err[key]}`;
  }
  return { message: stack.split('\n')[0], stack: stackLines(stack), errorProperties };
}

function javascriptHeap() {
  const v8 = require('v8');
  const h = v8.getHeapStatistics();
  const heapSpaces = {};
  for (const s of v8.getHeapSpaceStatistics()) {
    heapSpaces[s.space_name] = {
      memorySize: s.space_size,
      committedMemory: s.physical_space_size,
      capacity: s.space_used_size + s.space_available_size,
      used: s.space_used_size,
      available: s.space_available_size,
    };
  }
  return {
    totalMemory: h.total_heap_size,
    executableMemory: h.total_heap_size_executable,
    totalCommittedMemory: h.total_physical_size,
    availableMemory: h.total_available_size,
    totalGlobalHandlesMemory: h.total_global_handles_size,
    usedGlobalHandlesMemory: h.used_global_handles_size,
    usedMemory: h.used_heap_size,
    memoryLimit: h.heap_size_limit,
    mallocedMemory: h.malloced_memory,
    externalMemory: h.external_memory,
    peakMallocedMemory: h.peak_malloced_memory,
    nativeContextCount: h.number_of_native_contexts,
    detachedContextCount: h.number_of_detached_contexts,
    doesZapGarbage: h.does_zap_garbage,
    heapSpaces,
  };
}

// cpuFigures are the CPU parts shared by resourceUsage and
// uvthreadResourceUsage: seconds and percentages of the process's uptime.
function cpuFigures(u) {
  const user = u[0] / 1e6;
  const kernel = u[1] / 1e6;
  const uptime = process.uptime();
  const percent = (x) => (uptime > 0 ? (x / uptime) * 100 : 0);
  return {
    userCpuSeconds: user,
    kernelCpuSeconds: kernel,
    cpuConsumptionPercent: percent(user + kernel),
    userCpuConsumptionPercent: percent(user),
    kernelCpuConsumptionPercent: percent(kernel),
  };
}

function networkInterfaces() {
  const out = [];
  for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
    for (const a of addresses) {
      const row = { name, internal: a.internal, mac: a.mac, address: a.address, netmask: a.netmask, family: a.family };
      if (a.family === 'IPv6') row.scopeid = a.scopeid;
      out.push(row);
    }
  }
  return out;
}

// sharedObjects are the libraries mapped into the process, from
// /proc/self/maps where there is one.
function sharedObjects() {
  let maps;
  try {
    maps = require('fs').readFileSync('/proc/self/maps', 'latin1');
  } catch {
    return [];
  }
  const seen = new Set();
  for (const line of maps.split('\n')) {
    const path = line.split(/\s+/).slice(5).join(' ');
    if (/\.so(\.|$)/.test(path)) seen.add(path);
  }
  return [...seen];
}

function makeReport(err, event, trigger, filename) {
  const now = new Date();
  const u = binding.resourceUsage();
  const header = {
    reportVersion: 4,
    event,
    trigger,
    filename,
    dumpEventTime: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    dumpEventTimeStamp: `${now.getTime()}`,
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, ...c.times })),
  };
  if (!settings.excludeNetwork) header.networkInterfaces = networkInterfaces();
  header.host = os.hostname();
  const resourceUsage = {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss: process.memoryUsage.rss(),
    constrained_memory: binding.constrainedMemory(),
    available_memory: binding.availableMemory(),
    ...cpuFigures(u),
    maxRss: u[2] * 1024,
    pageFaults: { IORequired: u[7], IONotRequired: u[6] },
    fsActivity: { reads: u[9], writes: u[10] },
  };
  return {
    header,
    javascriptStack: javascriptStack(err),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage,
    uvthreadResourceUsage: { ...cpuFigures(u), fsActivity: { reads: u[9], writes: u[10] } },
    libuv: [],
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: binding.userLimits(),
    sharedObjects: sharedObjects(),
  };
}

// writeReport writes a report to file (settings.filename or node's
// report.DATE.TIME.PID.0.SEQ.json when unset) in the report directory, or
// to stdout or stderr; it returns the file name.
function writeReport(file, err, event, trigger) {
  if (file === undefined) file = settings.filename;
  if (file === '') {
    const d = new Date();
    sequence++;
    file = `report.${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.` +
      `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.${process.pid}.0.${pad(sequence, 3)}.json`;
  }
  const r = makeReport(err, event, trigger, file);
  const text = `${JSON.stringify(r, null, settings.compact ? 0 : 2)}\n`;
  if (file === 'stdout' || file === 'stderr') {
    require('fs').writeSync(file === 'stdout' ? 1 : 2, text);
    return file;
  }
  const path = require('path').resolve(settings.directory || process.cwd(), file);
  process.stderr.write(`\nWriting Node.js report to file: ${file}\n`);
  require('fs').writeFileSync(path, text);
  process.stderr.write('Node.js report completed\n');
  return file;
}

// A report on a signal: node listens for settings.signal while
// reportOnSignal is set, and the report has no JavaScript stack.
function onReportSignal(signal) {
  writeReport(undefined, kNoStack, signal, 'Signal');
}

function listenForSignal(on) {
  process.removeListener(settings.signal, onReportSignal);
  if (on) process.on(settings.signal, onReportSignal);
}

// onUncaught is called (by stdlib's uncaught) for an exception nothing
// handled, before the process ends.
function onUncaught(err) {
  if (settings.reportOnUncaughtException) writeReport(undefined, err, 'Exception', 'Exception');
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    validateErr(err);
    return writeReport(file, err, 'JavaScript API', 'API');
  },

  getReport(err) {
    validateErr(err);
    return makeReport(err, 'JavaScript API', 'GetReport', null);
  },
};

for (const name of ['directory', 'filename']) {
  Object.defineProperty(report, name, {
    get() { return settings[name]; },
    set(v) {
      validateString(v, name);
      settings[name] = v;
    },
    enumerable: true,
    configurable: true,
  });
}
for (const name of ['compact', 'excludeNetwork']) {
  Object.defineProperty(report, name, {
    get() { return settings[name]; },
    set(v) {
      validateBoolean(v, name);
      settings[name] = v;
    },
    enumerable: true,
    configurable: true,
  });
}
Object.defineProperty(report, 'signal', {
  get() { return settings.signal; },
  set(v) {
    validateString(v, 'signal');
    if (os.constants.signals[v] === undefined) {
      throw binding.nodeError('TypeError', 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${v}`);
    }
    listenForSignal(false);
    settings.signal = v;
    listenForSignal(settings.reportOnSignal);
  },
  enumerable: true,
  configurable: true,
});
for (const name of ['reportOnFatalError', 'reportOnSignal', 'reportOnUncaughtException']) {
  Object.defineProperty(report, name, {
    get() { return settings[name]; },
    set(v) {
      validateBoolean(v, 'trigger');
      settings[name] = v;
      if (name === 'reportOnSignal') listenForSignal(v);
    },
    enumerable: true,
    configurable: true,
  });
}

module.exports = { report, onUncaught };
