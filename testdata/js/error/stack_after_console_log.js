// node's console writes through a stream whose afterWrite runs on a tick,
// so promise jobs after a console.log run inside processTicksAndRejections
// and their stacks end with its frame; without a write before them they
// run at V8's checkpoint, with nothing under them.
const tail = (label) => {
  const frames = new Error().stack.split('\n').slice(3).map((s) => s.trim().replace(/\(.*[\\/]/, '('));
  return label + ': ' + (frames.join(' | ') || '(none)');
};
const lines = [];
Promise.resolve().then(() => {
  lines.push(tail('job before any write'));
  console.log('a write from a job');
  return null;
}).then(() => lines.push(tail('job after a write in a job')));
setTimeout(() => {
  Promise.resolve().then(() => lines.push(tail('timer job, no write')));
  setTimeout(() => {
    console.log('a write in a timer');
    Promise.resolve().then(() => {
      lines.push(tail('timer job after a write'));
      console.log(lines.join('\n'));
    });
  }, 5);
}, 1);
