import { builder } from '../builder';
import './errors';
import './health';
import './plan';
import './evaluation-task';
import './model-run';
import './experiment-sample';
import './model-endpoint';
import './task-progress';
import './leaderboard';

export const schema = builder.toSchema({ sortSchema: true });
