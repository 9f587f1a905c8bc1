// V8's class names in messages about typed arrays.
'use strict';
try {
  delete new Uint8Array(2)[0];
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  delete new Float64Array(2)[1];
} catch (e) {
  console.log(e.constructor.name, e.message);
}
