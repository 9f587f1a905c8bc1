// Precise coverage stopped and started again, as jest's v8 provider does
// once per test file: a script compiled in an earlier round whose code
// did not run since is left out of the report (V8 reports no script with
// no functions), and each report's functions are an array.
const { Session } = require('inspector');
const vm = require('vm');

const src = 'function add(a, b) { return a + b; }\nadd(1, 2);\n';
function round(n) {
  const s = new Session();
  s.connect();
  s.post('Debugger.enable');
  s.post('Profiler.enable');
  s.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  new vm.Script(src, { filename: __dirname + '/restart-script.js' }).runInContext(vm.createContext({}));
  s.post('Profiler.takePreciseCoverage', (err, { result }) => {
    const mine = result.filter((r) => r.url.endsWith('/restart-script.js'));
    console.log('round', n, 'scripts', mine.length);
    for (const sc of mine) {
      console.log(' ', Array.isArray(sc.functions), JSON.stringify(sc.functions.map((f) => [f.functionName, f.ranges])));
    }
  });
  s.post('Profiler.stopPreciseCoverage');
  s.post('Profiler.disable');
  s.post('Debugger.disable');
  s.disconnect();
}
round(1);
round(2);
round(3);
