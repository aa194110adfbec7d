/**
 * Tracks the add-in's own writes so live validation ignores the change events they cause. Events
 * can arrive shortly after the write's sync, so a write "lasts" a grace period after it ends.
 * `triggerSource` (ExcelApi 1.14) is checked first where Excel provides it; this is the fallback.
 */
export class OwnWrites {
  private active = 0;
  private until = 0;
  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly graceMs = 1500,
  ) {}

  begin(): void {
    this.active++;
  }

  end(): void {
    this.active = Math.max(0, this.active - 1);
    this.until = this.now() + this.graceMs;
  }

  /** True while a write is in progress or within the grace period after one. */
  isOwn(): boolean {
    return this.active > 0 || this.now() < this.until;
  }
}

export const ownWrites = new OwnWrites();
