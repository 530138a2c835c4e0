import type { FloatArray } from '../core/float-array';
import type { Network } from '../network/network';
import type { EngineProblem } from '../core/engine-error';
import type { EarlyStoppingSpec } from './config';
import { earlyStopped } from './run-endings';

/** Watches the monitored loss epoch by epoch and keeps the best weights seen. */
export class EarlyStopping {
  private best = Infinity;
  private bestEpoch = 0;
  private bestParams: FloatArray[] | null = null;
  private waited = 0;
  private readonly minDelta: number;
  private readonly restoreBest: boolean;

  constructor(
    private readonly spec: EarlyStoppingSpec,
    private readonly network: Network,
  ) {
    this.minDelta = spec.minDelta ?? 0;
    this.restoreBest = spec.restoreBest ?? true;
  }

  /** The epoch whose weights are the best so far. */
  get bestEpochSeen(): number {
    return this.bestEpoch;
  }

  /** Records an epoch's loss; returns true when training should stop (and then, if asked,
   * has put the best weights back). */
  update(loss: number, epoch: number): boolean {
    if (loss < this.best - this.minDelta) {
      this.best = loss;
      this.bestEpoch = epoch;
      this.waited = 0;
      if (this.restoreBest) this.bestParams = this.network.snapshotParams();
      return false;
    }
    this.waited++;
    if (this.waited < this.spec.patience) return false;
    if (this.restoreBest && this.bestParams) this.network.restoreParams(this.bestParams);
    return true;
  }

  getState(): { best: number; bestEpoch: number; waited: number; bestParams: number[][] | null } {
    return {
      best: this.best,
      bestEpoch: this.bestEpoch,
      waited: this.waited,
      bestParams: this.bestParams ? this.bestParams.map((p) => Array.from(p)) : null,
    };
  }

  setState(state: ReturnType<EarlyStopping['getState']>): void {
    this.best = state.best ?? Infinity; // JSON writes Infinity as null
    this.bestEpoch = state.bestEpoch;
    this.waited = state.waited;
    if (state.bestParams) {
      const current = this.network.snapshotParams();
      state.bestParams.forEach((p, i) => current[i].set(p));
      this.bestParams = current;
    } else this.bestParams = null;
  }

  /** Why training stopped (see run-endings.ts). */
  describe(): EngineProblem {
    return earlyStopped(this.spec.patience, this.best, this.bestEpoch, this.restoreBest);
  }
}
