/** @module shared/heatmap — public surface of the heatmap domain. */
export * from './heat-map';
