// setInterval repeats until cleared, also from its own callback; clearing
// by the primitive id works; refresh re-arms a fired timeout.
const t = setTimeout(() => console.log('never: cleared by id'), 5);
const id = +t;
console.log(typeof id, `${t}` === String(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log('never: cleared by close'), 5);
t2.close();
console.log(t2.hasRef(), t2._destroyed);
let n = 0;
const iv = setInterval((a) => {
  n++;
  console.log('interval', n, a);
  if (n === 3) {
    clearInterval(iv);
    let fired = 0;
    const r = setTimeout(() => {
      fired++;
      console.log('refreshed timer fired', fired);
      if (fired === 1) r.refresh();
      else setTimeout(() => console.log('done'), 5);
    }, 3);
  }
}, 2, 'arg');
