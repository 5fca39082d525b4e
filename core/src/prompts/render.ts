/** Renders a benchmark item into the chat messages sent to the model under test. */
import type { BenchmarkItem } from '../benchmark';
import { choiceLetter, MAX_CHOICES, parseBinaryToken } from '../scoring';
import { PROMPT_TEMPLATE_VERSION, SECTION_LABELS, TEMPLATES, type PromptTemplate } from './templates';

export interface RenderedPrompt {
  system: string;
  user: string;
  templateVersion: string;
}

type PromptItem = Pick<BenchmarkItem, 'id' | 'problemType' | 'language' | 'context' | 'prompt' | 'options'>;

/** Binary items whose options are not verdicts ("Agree"/"Disagree") are asked as a choice between them. */
function asksForChoice(item: PromptItem): boolean {
  if (item.problemType === 'MCQA') return true;
  if (item.problemType !== 'Binary' || !item.options || item.options.length === 0) return false;
  return item.options.some((o) => parseBinaryToken(o) === null);
}

function choiceLines(item: PromptItem): { lines: string[]; labels: string } {
  const options = item.options ?? [];
  if (options.length < 2 || options.length > MAX_CHOICES) {
    throw new Error(`item ${item.id}: a choice question needs 2–${MAX_CHOICES} options, got ${options.length}`);
  }
  const letters = options.map((_, i) => choiceLetter(i));
  return { lines: options.map((o, i) => `${letters[i]}. ${o.trim()}`), labels: letters.join(', ') };
}

/**
 * System and user messages for one item, in the item's language, plus the template version to store
 * with the result. Throws for a choice question without 2–10 options (a data error, not a model one).
 */
export function renderPrompt(item: PromptItem): RenderedPrompt {
  const labels = SECTION_LABELS[item.language];
  const choice = asksForChoice(item);
  const template: PromptTemplate = TEMPLATES[choice ? 'MCQA' : item.problemType][item.language];

  const sections: string[] = [];
  const context = item.context?.trim();
  if (context) sections.push(`${labels.context}\n${context}`);
  sections.push(`${labels.question}\n${item.prompt.trim()}`);
  let instruction = template.instruction;
  if (choice) {
    const { lines, labels: letterList } = choiceLines(item);
    sections.push(`${labels.options}\n${lines.join('\n')}`);
    instruction = instruction.replace('{labels}', letterList);
  }
  sections.push(instruction);

  return { system: template.system, user: sections.join('\n\n'), templateVersion: PROMPT_TEMPLATE_VERSION };
}
