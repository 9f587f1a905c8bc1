// process.getActiveResourcesInfo: fs requests in flight, referenced
// timers and immediates.
const fs = require('fs');
console.log(process.getActiveResourcesInfo());
const t = setTimeout(() => {}, 1000);
const i = setInterval(() => {}, 1000);
i.unref();
setImmediate(() => {});
const im2 = setImmediate(() => {});
im2.unref();
fs.readFile(__filename, () => {});
console.log(process.getActiveResourcesInfo());
t.unref();
console.log(process.getActiveResourcesInfo());
t.ref();
setTimeout(() => {
  console.log('later', process.getActiveResourcesInfo());
  clearTimeout(t);
  clearInterval(i);
  console.log('cleared', process.getActiveResourcesInfo());
}, 20);
