import type { Limits } from '../http/limits';
import type { Services } from '../http/services';

/** What every route needs from `createApp`: limits, the host's clock, the core services. */
export type RouteDeps = {
  readonly limits: Limits;
  /** The host's clock; only used for the default `asOf` (today). */
  readonly now: () => Date;
  readonly services: Services;
};
