export * from './filter';
export * from './cells.service';
export * from './live.service';
export * from './import.service';
export * from './ranking.service';
