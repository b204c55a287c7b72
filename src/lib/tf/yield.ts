// Cooperative cancelling of long synchronous work: give the event loop a turn between pieces, so that queued
// messages (a cancel) get through, and say so in one way when work stops. No tfjs here: the page imports it too.
import { UnrolledError } from '../core/errors.js';

/** The error cancelled work rejects with (code 'cancelled'). */
export function cancelledError(what = 'The trace'): UnrolledError {
  return new UnrolledError('cancelled', `${what} was cancelled.`);
}

/**
 * Resolves on a later macrotask, after the events already queued (messages, expired timers) have had their turn;
 * awaiting a resolved promise would not let them run.
 */
export function yieldToEventLoop(): Promise<void> {
  // A message, not setTimeout(0): browsers clamp nested timeouts to 4 ms and throttle them in hidden tabs.
  if (typeof MessageChannel === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // Closing matters in Node, where an open port keeps the process alive.
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
