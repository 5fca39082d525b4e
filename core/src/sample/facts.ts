/** Curated fact items: one bilingual fact becomes MCQA, Binary and (optionally) short-form items. */

import type { Language, TargetType, TaskType } from '../benchmark';
import { binaryDraft, type Draft, type ItemMeta, mcqaDraft, shortDraft, type Subject } from './builder';
import type { Rng } from './prng';

export interface FactSide {
  /** MCQA question. */
  q: string;
  /** Correct option text. */
  a: string;
  /** Three wrong options. */
  d: readonly [string, string, string];
  /** Short-form prompt (with its format instruction); answer is shortAnswer ?? a. */
  short?: string;
  shortAnswer?: string;
  claimTrue: string;
  claimFalse: string;
}

export interface Fact {
  en: FactSide;
  ko: FactSide;
  topic: string;
}

export interface FactGroup {
  subject: Subject;
  targetType: TargetType;
  taskType: TaskType;
  category: string;
  facts: readonly Fact[];
}

/** Emits MCQA + Binary (+ short-form when given) for each fact in the group. */
export function factGroupDrafts(rng: Rng, lang: Language, group: FactGroup, out: Draft[]): void {
  for (const f of group.facts) {
    const s = lang === 'Korean' ? f.ko : f.en;
    const meta: ItemMeta = {
      subject: group.subject,
      taskType: group.taskType,
      targetType: group.targetType,
      category: group.category,
      level: 'general',
      topic: f.topic,
    };
    out.push(mcqaDraft(rng, lang, meta, s.q, s.a, s.d));
    const truth = rng.bool();
    out.push(binaryDraft(lang, meta, truth ? s.claimTrue : s.claimFalse, truth));
    if (s.short) out.push(shortDraft(lang, meta, s.short, s.shortAnswer ?? s.a));
  }
}
