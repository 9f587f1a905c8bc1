// --insecure-http-parser makes lenient every HTTP parser whose
// insecureHTTPParser option is unset (an explicit false still wins), and
// warns once, when the first such parser starts; --no-insecure-http-parser
// and NODE_OPTIONS count as for any flag.
const { run } = require('./lib/run');

for (const [args, nodeOptions] of [
  [['lib/insecure_http.js']],
  [['--insecure-http-parser', 'lib/insecure_http.js']],
  [['--insecure-http-parser', '--no-insecure-http-parser', 'lib/insecure_http.js']],
  [['lib/insecure_http.js'], '--insecure-http-parser'],
]) {
  console.log(JSON.stringify(args), JSON.stringify(nodeOptions ?? ''), run(args, nodeOptions ?? ''));
}
