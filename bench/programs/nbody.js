// Floating-point physics: an n-body simulation with a leapfrog integrator.
// The bodies come from a fixed pseudo-random generator; the check is the
// total energy after the run, which a wrong force or update would change.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

class Body {
  constructor(x, y, z, vx, vy, vz, mass) { this.x = x; this.y = y; this.z = z; this.vx = vx; this.vy = vy; this.vz = vz; this.mass = mass; }
}
let seed = 7;
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }
function makeSystem(n) {
  const bodies = [new Body(0, 0, 0, 0, 0, 0, 1000)];
  for (let i = 1; i < n; i++) {
    // A direction from two uniform numbers, normalised with sqrt only:
    // trigonometric functions may differ in the last bit between engines.
    const r = 5 + 30 * rnd(), v = Math.sqrt(1000 / r);
    const ux = rnd() - 0.5, uy = rnd() - 0.5, len = Math.sqrt(ux * ux + uy * uy) || 1;
    const c = ux / len, s = uy / len;
    bodies.push(new Body(r * c, r * s, rnd() - 0.5, -v * s, v * c, 0, 0.001 + rnd()));
  }
  return bodies;
}
function advance(bodies, dt) {
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const bi = bodies[i];
    for (let j = i + 1; j < n; j++) {
      const bj = bodies[j];
      const dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      const d2 = dx * dx + dy * dy + dz * dz + 0.01;
      const mag = dt / (d2 * Math.sqrt(d2));
      bi.vx -= dx * bj.mass * mag; bi.vy -= dy * bj.mass * mag; bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag; bj.vy += dy * bi.mass * mag; bj.vz += dz * bi.mass * mag;
    }
  }
  for (const b of bodies) { b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz; }
}
function energy(bodies) {
  let e = 0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < bodies.length; j++) {
      const c = bodies[j], dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
      e -= b.mass * c.mass / Math.sqrt(dx * dx + dy * dy + dz * dz + 0.01);
    }
  }
  return e;
}
const bodies = makeSystem(SHORT ? 12 : 24);
const steps = SHORT ? 1000 : 12000;
for (let s = 0; s < steps; s++) advance(bodies, 0.001);
const got = energy(bodies).toFixed(6);
const want = SHORT ? '-187.282601' : '-369.896388';
if (got !== want) throw new Error(`nbody: got ${got}, want ${want}`);
