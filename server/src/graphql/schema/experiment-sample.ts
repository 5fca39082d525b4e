import { builder } from '../builder';

builder.prismaObject('ExperimentSample', {
  description: 'One item answered by one model: the prompt, the raw output, what was extracted and whether it was right.',
  fields: (t) => ({
    id: t.exposeID('id'),
    itemId: t.exposeString('itemId'),
    renderedPrompt: t.exposeString('renderedPrompt'),
    rawOutput: t.exposeString('rawOutput', { nullable: true }),
    extracted: t.exposeString('extracted', { nullable: true }),
    status: t.exposeString('status', { description: 'correct | incorrect | ambiguous | unparsed | unscored | error (ambiguous: a hedge between answers, no credit)' }),
    correct: t.exposeBoolean('correct', { nullable: true }),
    latencyMs: t.exposeInt('latencyMs', { nullable: true }),
    tokensIn: t.exposeInt('tokensIn', { nullable: true }),
    tokensOut: t.exposeInt('tokensOut', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    fromCache: t.exposeBoolean('fromCache'),
    judgeModel: t.exposeString('judgeModel', { nullable: true, description: 'LLM-as-judge endpoint for open-ended items.' }),
    judgePromptVersion: t.exposeString('judgePromptVersion', { nullable: true }),
    judgeOutput: t.exposeString('judgeOutput', { nullable: true }),
    promptVersion: t.exposeString('promptVersion'),
    datasetVersion: t.exposeString('datasetVersion'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
