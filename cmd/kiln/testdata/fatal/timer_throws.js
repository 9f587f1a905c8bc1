setTimeout(function tm() {
  throw new Error('t');
}, 1);
