export * from './benchmark';
export * from './baselines';
export * from './contracts';
export * from './random';
export * from './sampling';
export * from './results';
