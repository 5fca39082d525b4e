// Live runs write their cells from the worker (see @benchhub/db leaderboard-cells); re-exported for the server's tests and tools.
export { upsertCellsFromRun, type RunCellsInput } from '@benchhub/db';
