import { describe, expect, it } from 'vitest';
import { FINE_CATEGORIES } from '../taxonomy';
import { buildPlannerMessages, extractJsonObject, fallbackPlan, parseLlmPlan, planFromLlmResponse, planFromQuery } from './index';
import { parseRationaleParts, renderRationale } from './rationale';

const QUERY = '한국 전통 명절에 대한 지식을 객관식으로 200문제 평가해줘';

const GOOD = {
  language: 'Korean',
  subjects: ['Culture/Celebration Holiday'],
  taskType: 'Knowledge',
  targetType: 'Local',
  problemType: 'MCQA',
  sampleSize: 200,
  externalToolUsage: false,
  rationale: '명절 → Culture/Celebration Holiday',
  confidence: 0.9,
};

describe('buildPlannerMessages', () => {
  const { system, user } = buildPlannerMessages('Compare models on Korean math problems');

  it('asks for strict JSON with every plan field', () => {
    expect(system).toMatch(/JSON/);
    for (const key of ['language', 'subjects', 'taskType', 'targetType', 'problemType', 'sampleSize', 'externalToolUsage', 'rationale', 'confidence']) {
      expect(system).toContain(`"${key}"`);
    }
  });

  it('lists the whole taxonomy and the vocabularies', () => {
    for (const f of FINE_CATEGORIES) expect(system).toContain(f);
    for (const v of ['MCQA', 'Binary', 'short-form', 'open-ended', 'Knowledge', 'Reasoning', 'Value/Alignment', 'General', 'Local']) {
      expect(system).toContain(v);
    }
  });

  it('puts the query in the user message, delimited', () => {
    expect(user).toContain('Compare models on Korean math problems');
    expect(system).not.toContain('Compare models on Korean math problems');
  });

  it('its examples are themselves valid plans', () => {
    const examples = system.split('\n').filter((l) => l.startsWith('{'));
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(parseLlmPlan(e, 'x').ok).toBe(true);
  });
});

describe('extractJsonObject', () => {
  it('reads bare JSON, fenced JSON and JSON surrounded by prose', () => {
    expect(extractJsonObject('{"a":1}')).toEqual({ a: 1 });
    expect(extractJsonObject('Here is the plan:\n```json\n{"a": 2}\n```\nDone.')).toEqual({ a: 2 });
    expect(extractJsonObject('```\n{"a": 3}\n```')).toEqual({ a: 3 });
    expect(extractJsonObject('Sure! {"a": {"b": "}"}} trailing')).toEqual({ a: { b: '}' } });
    expect(extractJsonObject('{not json} then {"a": 4}')).toEqual({ a: 4 });
  });

  it('returns null when there is no object', () => {
    expect(extractJsonObject('no json here')).toBeNull();
    expect(extractJsonObject('[1,2,3]')).toBeNull();
    expect(extractJsonObject('{"a": 1')).toBeNull();
  });
});

describe('parseLlmPlan', () => {
  it('accepts a complete, valid plan', () => {
    const r = parseLlmPlan(JSON.stringify(GOOD), QUERY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan).toMatchObject({ ...GOOD, source: 'LLM', fallbackReason: null, seed: 42 });
    expect(r.plan.rationale).toBe(GOOD.rationale);
  });

  it('extracts JSON from ```json fences', () => {
    const r = parseLlmPlan(`Here you go:\n\`\`\`json\n${JSON.stringify(GOOD, null, 2)}\n\`\`\``, QUERY);
    expect(r.ok).toBe(true);
  });

  it('normalizes variants (snake_case keys, "ko", "mcqa", "science/math", "value")', () => {
    const text = JSON.stringify({
      language: 'ko',
      subject_type: ['science/math', 'Tech/Coding', 'Science/Math'],
      task_type: 'value',
      target_type: 'general',
      problem_type: 'short_form',
      sample_size: '150',
      external_tool_usage: 'true',
    });
    const r = parseLlmPlan(text, 'anything');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.language).toBe('Korean');
    expect(r.plan.subjects).toEqual(['Science/Math', 'Tech./Coding']);
    expect(r.plan.taskType).toBe('Value/Alignment');
    expect(r.plan.targetType).toBe('General');
    expect(r.plan.problemType).toBe('short-form');
    expect(r.plan.sampleSize).toBe(150);
    expect(r.plan.externalToolUsage).toBe(true);
  });

  it('maps null / "all" task and target to null', () => {
    const r = parseLlmPlan(JSON.stringify({ ...GOOD, taskType: null, targetType: 'all' }), QUERY);
    expect(r.ok && r.plan.taskType).toBeNull();
    expect(r.ok && r.plan.targetType).toBeNull();
  });

  it('fills missing fields from the rules planner and says so', () => {
    const r = parseLlmPlan('{"subjects": ["Culture/Celebration Holiday"], "taskType": "Knowledge"}', QUERY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rules = planFromQuery(QUERY);
    expect(r.plan.language).toBe(rules.language);
    expect(r.plan.sampleSize).toBe(200);
    expect(r.plan.problemType).toBe('MCQA');
    expect(r.plan.targetType).toBe(rules.targetType);
    expect(r.plan.rationale).toMatch(/filled from the rules planner: language, targetType, problemType, sampleSize, externalToolUsage, confidence/);
  });

  it('says its extra notes (filled fields, removed exclusions, clamped size) as parts, in Korean too', () => {
    const reply = JSON.stringify({ subjects: ['Science/Math', 'Science/Physics'], taskType: 'Knowledge', sampleSize: 99999, rationale: 'r' });
    const r = parseLlmPlan(reply, 'science but not math');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const extras = r.plan.rationaleParts!.find((p) => p.key === 'llmExtras')!;
    expect((extras.params!.notes as { key: string }[]).map((n) => n.key)).toEqual(['llmSampleClamped', 'llmExcluded', 'llmFilled']);
    expect(r.plan.rationale).toMatch(/^r \(sampleSize 99999 clamped to \d+ \(allowed \d+\.\.\d+\); excluded subjects removed \(Science\/Math\); filled from the rules planner: language, /);
    const ko = renderRationale(r.plan.rationaleParts!, 'ko');
    expect(ko).toMatch(/규칙 계획기로 채운 항목: 언어, /);
    expect(ko.replace(/^r /, '').match(/[A-Za-z]{2,}/g)).toBeNull();
    expect(parseRationaleParts(JSON.parse(JSON.stringify(r.plan.rationaleParts)))).toEqual(r.plan.rationaleParts);
    // A plan stored before the extras were parts still says its English text.
    expect(renderRationale([{ key: 'llmExtras', params: { text: 'filled from the rules planner: seed' } }], 'ko')).toBe('(filled from the rules planner: seed)');
  });

  it('rejects invalid categories and values', () => {
    const cases: Record<string, unknown>[] = [
      { ...GOOD, subjects: ['Culture/Holidays and Festivals'] },
      { ...GOOD, subjects: ['HASS/Math'] },
      { ...GOOD, subjects: 'Alchemy' },
      { ...GOOD, subjects: 42 },
      { ...GOOD, language: 'Japanese' },
      { ...GOOD, taskType: 'Creativity' },
      { ...GOOD, targetType: 'National' },
      { ...GOOD, problemType: 'matching' },
      { ...GOOD, sampleSize: 'many' },
      { ...GOOD, externalToolUsage: 'sometimes' },
    ];
    for (const c of cases) {
      const r = parseLlmPlan(JSON.stringify(c), QUERY);
      expect(r.ok, JSON.stringify(c)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/invalid|unknown|must be/);
    }
  });

  it('names the offending category in the reason', () => {
    const r = parseLlmPlan(JSON.stringify({ ...GOOD, subjects: ['Science/Alchemy'] }), QUERY);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('Science/Alchemy') as unknown as string });
  });

  it('clamps out-of-range sample sizes with a note', () => {
    const r = parseLlmPlan(JSON.stringify({ ...GOOD, sampleSize: 50000 }), QUERY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.sampleSize).toBe(10000);
    expect(r.plan.rationale).toMatch(/clamped to 10000/);
  });

  it('clamps confidence into 0..1', () => {
    const r = parseLlmPlan(JSON.stringify({ ...GOOD, confidence: 3 }), QUERY);
    expect(r.ok && r.plan.confidence).toBe(1);
  });

  it('rejects replies without a usable JSON plan', () => {
    expect(parseLlmPlan('', QUERY)).toEqual({ ok: false, reason: 'empty LLM response' });
    expect(parseLlmPlan('I cannot help with that.', QUERY)).toEqual({ ok: false, reason: 'no JSON object found in LLM response' });
    expect(parseLlmPlan('{"foo": 1}', QUERY)).toEqual({ ok: false, reason: 'LLM response JSON has no plan fields' });
  });

  it('takes the seed from options, not from the LLM', () => {
    const r = parseLlmPlan(JSON.stringify({ ...GOOD, seed: 999 }), QUERY, { seed: 7 });
    expect(r.ok && r.plan.seed).toBe(7);
  });
});

describe('fallbackPlan', () => {
  it('is the rules plan with fallbackReason and an explanatory rationale', () => {
    const plan = fallbackPlan(QUERY, 'timeout after 30s');
    const rules = planFromQuery(QUERY);
    expect(plan.fallbackReason).toBe('timeout after 30s');
    expect(plan.source).toBe('RULES');
    expect(plan.rationale).toMatch(/^LLM planner failed \(timeout after 30s\)/);
    expect(plan.rationale).toContain(rules.rationale);
    expect({ ...plan, rationale: '', rationaleParts: [], fallbackReason: null }).toEqual({ ...rules, rationale: '', rationaleParts: [], fallbackReason: null });
    expect(plan.rationaleParts?.[0]).toEqual({ key: 'llmFailed', params: { reason: 'timeout after 30s' } });
  });

  it('planFromLlmResponse falls back on an invalid reply', () => {
    const plan = planFromLlmResponse('{"subjects": ["Nope"]}', QUERY);
    expect(plan.source).toBe('RULES');
    expect(plan.fallbackReason).toMatch(/unknown subject category "Nope"/);
    expect(planFromLlmResponse(JSON.stringify(GOOD), QUERY).source).toBe('LLM');
  });
});

describe('parseLlmPlan — exclusions and qualifier notes', () => {
  it('removes subjects the query excludes even when the LLM plans them', () => {
    const query = '수학 말고 과학 문제 50개, 고등학생 수준';
    const reply = JSON.stringify({ ...GOOD, subjects: ['Science/Math', 'Science/Physics'], targetType: null, sampleSize: 50 });
    const r = parseLlmPlan(reply, query);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.subjects).toEqual(['Science/Physics']);
    expect(r.plan.rationale).toMatch(/excluded subjects removed \(Science\/Math\)/);
    expect(r.plan.notes.map((n) => n.code).sort()).toEqual(['SCHOOL_LEVEL_NOT_APPLIED', 'SUBJECTS_EXCLUDED']);
  });

  it('turns an LLM "all subjects" into every subject but the excluded one', () => {
    const r = parseLlmPlan(JSON.stringify({ ...GOOD, subjects: [] }), 'anything but math');
    expect(r.ok && r.plan.subjects).not.toContain('Science/Math');
    expect(r.ok && r.plan.subjects.length).toBeGreaterThan(5);
  });
});
