export * from './jobs';
export * from './status';
export * from './events';
