// Property access on objects of a few shapes: a cooperative task scheduler.
// Tasks of three kinds (producers, workers, loggers) trade message objects
// through per-task queues; the scheduler always runs the highest-priority
// ready task, so the hot paths are field loads and stores on a handful of
// object shapes and linked-list manipulation.
'use strict';
const SHORT = process.env.KILN_BENCH_SHORT === '1';

class Message {
  constructor(kind, payload, from) { this.kind = kind; this.payload = payload; this.from = from; this.next = null; }
}
class Queue {
  constructor() { this.head = null; this.tail = null; this.length = 0; }
  push(m) { m.next = null; if (this.tail) this.tail.next = m; else this.head = m; this.tail = m; this.length++; }
  shift() { const m = this.head; if (m) { this.head = m.next; if (!this.head) this.tail = null; this.length--; } return m; }
}
class Task {
  constructor(id, priority, sched) { this.id = id; this.priority = priority; this.sched = sched; this.inbox = new Queue(); this.ran = 0; this.blocked = false; }
  ready() { return !this.blocked || this.inbox.length > 0; }
}
class Producer extends Task {
  constructor(id, prio, sched, target, budget) { super(id, prio, sched); this.target = target; this.budget = budget; this.seed = id * 7919; }
  step() {
    if (this.budget === 0) { this.blocked = true; return; }
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) & 0x7fffffff;
    this.sched.send(this.target, new Message(1, this.seed % 1000, this.id));
    this.budget--;
  }
}
class Worker extends Task {
  constructor(id, prio, sched, logger) { super(id, prio, sched); this.logger = logger; this.total = 0; this.blocked = true; }
  step() {
    const m = this.inbox.shift();
    if (!m) return;
    let v = m.payload;
    for (let i = 0; i < 8; i++) v = (v * 31 + i) % 10007;
    this.total += v;
    if ((v & 7) === 0) this.sched.send(this.logger, new Message(2, v, this.id));
  }
}
class Logger extends Task {
  constructor(id, prio, sched) { super(id, prio, sched); this.count = 0; this.sum = 0; this.blocked = true; }
  step() { const m = this.inbox.shift(); if (m) { this.count++; this.sum = (this.sum + m.payload * m.from) % 1000000007; } }
}
class Scheduler {
  constructor() { this.tasks = []; this.switches = 0; }
  add(t) { this.tasks.push(t); this.tasks.sort((a, b) => b.priority - a.priority); return t; }
  send(id, m) { const t = this.tasks.find(t => t.id === id); t.inbox.push(m); }
  run() {
    for (;;) {
      let picked = null;
      for (let i = 0; i < this.tasks.length; i++) {
        const t = this.tasks[i];
        if (t.ready()) { picked = t; break; }
      }
      if (!picked) return;
      picked.step();
      picked.ran++;
      this.switches++;
    }
  }
}

function simulate(budget) {
  const s = new Scheduler();
  const logger = s.add(new Logger(100, 9, s));
  for (let w = 0; w < 4; w++) s.add(new Worker(10 + w, 5 + (w & 1), s, 100));
  for (let p = 0; p < 6; p++) s.add(new Producer(20 + p, 1 + p % 3, s, 10 + p % 4, budget));
  s.run();
  let total = 0;
  for (const t of s.tasks) if (t instanceof Worker) total += t.total;
  return `${s.switches}:${total}:${logger.count}:${logger.sum}`;
}

let got = '';
for (let r = 0; r < (SHORT ? 1 : 4); r++) got = simulate(SHORT ? 2000 : 20000);
const want = SHORT ? '25539:59700843:1533:83952872' : '255426:599121179:15420:859286264';
if (got !== want) throw new Error(`scheduler: got ${got}, want ${want}`);
