import { builder } from '../builder';
import './errors';
import './user';
import './limits';
import './quotas';
import './health';
import './plan';
import './category';
import './evaluation-task';
import './model-run';
import './experiment-sample';
import './model-endpoint';
import './task-progress';
import './task-result';
import './task-samples';
import './task-report';
import './leaderboard';
import './leaderboard-updated';

import './accounts';

export const schema = builder.toSchema({ sortSchema: true });
