// Package loop is Kiln's event loop: one Loop per isolate, modelled on
// libuv, built directly on golang.org/x/sys rather than Go's net package so
// that Kiln controls ordering, wake-ups and cost exactly.
//
// # What it owns
//
// The phases of an iteration, in libuv's order (uv_run in libuv 1.45+, the
// version Node 20 ships):
//
//	timers → pending → idle → prepare → poll → pending → check → close → (update time) timers → …
//
// Run processes expired timers once before the first iteration and then at
// the end of each one, which is the same cycle as "timers first" but checks
// liveness right after the timers, as libuv does.
//
//   - Timers (Timer) follow Node's lib/internal/timers.js model rather than
//     libuv's heap: one list per delay, the lists ordered by expiry and then
//     by list creation, a delay under 1 ms treated as 1 ms, and timers
//     created while timers run waiting for a later pass. The clock is
//     monotonic, has millisecond resolution like uv_now, and is cached per
//     iteration (Now, UpdateTime), so Node's ties reproduce exactly.
//   - Immediates (Immediate) run in the check phase; the ones queued while
//     immediates run wait for the next iteration, as in Node.
//   - Idle, prepare and check hooks (Hook), libuv's uv_idle_t, uv_prepare_t
//     and uv_check_t. An active idle hook makes poll not block.
//   - Pending callbacks: the loop's own deferred I/O callbacks (a write that
//     completed inside Write reports in the next pending phase, never
//     synchronously).
//   - The poller, one per OS by file suffix: level-triggered epoll with an
//     eventfd wake-up (poll_linux.go), kqueue with an EVFILT_USER wake-up
//     (poll_kqueue.go, darwin and FreeBSD), and IOCP with
//     PostQueuedCompletionStatus as wake-up (poll_windows.go).
//   - fd handles (unix): Poll (raw readiness on an fd), Stream (read, write
//     queue, shutdown, close on a non-blocking fd), Listener (TCP accept with
//     accept4 where the OS has it), Connect, and UDP (datagrams with their
//     sender, a send queue, socket options). Handles are looked up by fd.
//     On Windows these return ErrNotSupported for now: IOCP has a completion
//     model, and its stream layer (overlapped reads and writes behind the
//     same Stream API) is still to be written.
//   - Post, the only thread-safe way in: a callback from any goroutine runs
//     on the loop. Wake-ups coalesce: one write to the wake-up object however
//     many posts arrive before the loop drains them. Posted callbacks run in
//     the poll phase, like libuv's uv_async_t and its thread-pool completions,
//     so a worker completion and a due timer order exactly as in Node.
//   - A worker pool per loop (QueueWork), sized by UV_THREADPOOL_SIZE (default
//     4, at most 1024), whose completions come back through Post.
//   - Signals (Signal) through os/signal, delivered on the loop goroutine.
//   - File-system events (FSEvent, libuv's uv_fs_event_t): one inotify
//     instance per loop on Linux; other OSes poll with stat for now.
//
// # What it must not do
//
// It knows nothing of JavaScript values: callbacks are Go funcs. It never
// blocks except in the poller's wait. It does not clamp timer delays the way
// Node's setTimeout does (that is the stdlib's job), resolve host names, or
// swallow panics: a panic in a callback propagates out of Run, and a panic in
// a work function is carried to the loop and re-raised there as a *WorkPanic.
//
// # Threading
//
// A Loop belongs to the goroutine that calls Run. That goroutine should call
// runtime.LockOSThread first, because an isolate expects to stay on one OS
// thread. Every method must be called from that goroutine (from inside
// callbacks, or between runs), except Post and Stop, which any goroutine may
// call. After every callback into user code the loop calls AfterCallback
// (the stdlib drains process.nextTick and microtasks there).
//
// # Liveness
//
// Run in RunDefault mode returns when nothing referenced is left: no active
// referenced handle (timer, reading stream, listener, signal, started hook,
// referenced immediate), no outstanding request (write, connect, shutdown,
// queued work; these keep the loop alive even on an unreferenced handle, as
// in libuv), no pending or closing callback, and no posted callback. Post by
// itself does not keep the loop alive: a goroutine that will post later must
// be covered by something referenced (QueueWork is).
package loop
