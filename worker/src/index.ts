export { startEvaluationWorker, type RunningEvaluationWorker } from './evaluation-worker';
