/** Runs a hook. An observer must not change the outcome of a call, so what it throws is dropped. */
export function notify(observer: () => void): void {
  try {
    observer();
  } catch {
    // Ignored on purpose: see above.
  }
}
