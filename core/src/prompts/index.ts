export { renderPrompt, type RenderedPrompt } from './render';
export { PROMPT_TEMPLATE_VERSION } from './templates';
export {
  renderJudgePrompt,
  parseJudgeVerdict,
  JUDGE_PROMPT_VERSION,
  type JudgePromptInput,
  type RenderedJudgePrompt,
} from './judge';
