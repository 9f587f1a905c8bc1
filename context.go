package kiln

import (
	"context"
	"fmt"
)

// RunContext is Run, stopped as Interrupt stops it when ctx is done first;
// the error then wraps both ErrInterrupted and ctx's error.
func (r *Runtime) RunContext(ctx context.Context, name, src string) (Value, error) {
	var v Value
	err := r.withContext(ctx, func() (err error) {
		v, err = r.Run(name, src)
		return err
	})
	return v, err
}

// WaitContext is Wait, stopped as Interrupt stops it when ctx is done
// first (a server's loop, say); the error then wraps both ErrInterrupted
// and ctx's error.
func (r *Runtime) WaitContext(ctx context.Context) error {
	return r.withContext(ctx, r.Wait)
}

// withContext runs f with an Interrupt on ctx's end, withdrawn if f ends
// first.
func (r *Runtime) withContext(ctx context.Context, f func() error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrInterrupted, err)
	}
	stop := context.AfterFunc(ctx, r.Interrupt)
	err := f()
	if !stop() {
		// ctx ended: its Interrupt stopped f, or came after f ended and
		// must not stop the next call.
		r.ClearInterrupt()
		if err == ErrInterrupted {
			err = fmt.Errorf("%w: %w", ErrInterrupted, context.Cause(ctx))
		}
	}
	return err
}
