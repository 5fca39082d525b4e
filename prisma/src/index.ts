export * from './config';
export * from './client';
export * from './secrets';
export { applyMigrations, checkDrift } from './migrate';
export * from './logger';
export * from "./items";
export * from './leaderboard-cells';
export * from './samples';
