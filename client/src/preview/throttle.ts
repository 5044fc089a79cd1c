// At most one table request per interval while the user types, and never two at once: calls
// during the wait fold into the pending run; a call during a run asks for one more run after it.
// Pure (timers only) so its timing is tested without an editor.

export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  /** Runs after `delayMs` (the interval by default); 0 runs at once, replacing a pending wait. */
  schedule(delayMs = this.intervalMs): void {
    if (delayMs === 0) clearTimeout(this.timer);
    else if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.fire();
    }, delayMs);
  }

  private async fire(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.run();
    } catch (error) {
      console.error('nianbao preview:', error);
    } finally {
      this.running = false;
    }
    if (this.again) {
      this.again = false;
      this.schedule();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
