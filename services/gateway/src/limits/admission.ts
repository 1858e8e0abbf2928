/**
 * The work a gateway lets run at once in the subgraphs, counted in cost (limits/cost.ts). A document
 * up to `lightCost` goes at once; heavier ones share `capacity` units, first come first served, so a
 * burst of the heaviest documents the cost limit allows runs one after another instead of together:
 * the people service's memory stays bounded, and small requests (a login, `{ me { id } }`) never wait.
 * Each replica counts its own.
 */
export class CostAdmission {
  private inFlight = 0;
  private readonly waiting: { units: number; admit: () => void }[] = [];

  constructor(
    readonly capacity: number,
    readonly lightCost = Math.max(1, Math.floor(capacity / 100)),
  ) {}

  /** Waits for room for a document of this cost; the function it gives back frees the room (once). */
  async admit(cost: number): Promise<() => void> {
    if (cost <= this.lightCost) return () => {};
    const units = Math.min(cost, this.capacity);
    if (this.waiting.length > 0 || this.inFlight + units > this.capacity) await new Promise<void>((admit) => this.waiting.push({ units, admit }));
    else this.inFlight += units;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= units;
      this.drain();
    };
  }

  /** How many heavy documents wait, and how many units run (for tests and metrics). */
  get state() {
    return { inFlight: this.inFlight, waiting: this.waiting.length };
  }

  private drain() {
    while (this.waiting.length > 0 && this.inFlight + this.waiting[0].units <= this.capacity) {
      const next = this.waiting.shift()!;
      this.inFlight += next.units;
      next.admit();
    }
  }
}
