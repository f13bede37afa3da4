import type { RecordedRequest } from './recorded-request.js';

/**
 * Recorded requests in arrival order. A request is logged only once its body is read, and a
 * slow body can finish after a later request's: numbering arrivals keeps the order true.
 */
export class RequestLog {
  readonly #entries: RecordedRequest[] = [];
  readonly #arrivals: number[] = [];
  #nextArrival = 0;

  /** Live: later requests appear in the same array. */
  get entries(): readonly RecordedRequest[] {
    return this.#entries;
  }

  /** Numbers a request whose headers just arrived. */
  arrive(): number {
    return this.#nextArrival++;
  }

  /** Logs `request` at the place its `arrival` number gives it. */
  add(arrival: number, request: RecordedRequest): void {
    let index = this.#arrivals.length;
    while (index > 0 && (this.#arrivals[index - 1] ?? -1) > arrival) index--;
    this.#arrivals.splice(index, 0, arrival);
    this.#entries.splice(index, 0, request);
  }

  clear(): void {
    this.#entries.length = 0;
    this.#arrivals.length = 0;
  }
}
