/**
 * The words of the task report in English (the default, unchanged) and Korean. Names, numbers, BibTeX and the LaTeX
 * table stay as they are in both (a LaTeX table goes into an English paper as often as not).
 */
import { KOREAN_PLAN_VALUES, type RationaleLocale } from '../planner/rationale';

export type ReportLocale = RationaleLocale;

export interface ReportLabels {
  title: (query: string) => string;
  meta: (task: { id: string; status: string; createdAt: string; duration: string }) => { before: string; after: string };
  goalAndPlan: string;
  plan: string;
  planLine: { allTaskTypes: string; allTargets: string; allSubjects: string; items: (n: number) => string; seed: (n: number) => string };
  notes: string;
  shortfall: string;
  shortfallText: (available: number, requested: number) => string;
  taskError: string;
  methods: string;
  noResult: string;
  method: { PAIRED: string; INTERVALS: string };
  chance: (pct: string) => string;
  ranking: string;
  noRanking: string;
  noScores: string;
  tiedGroups: string;
  noTies: string;
  cannotTell: string;
  pairwise: string;
  noPairwise: string;
  perSubject: string;
  noPerSubject: string;
  manifest: string;
  citation: string;
  itemsFrom: (sources: string) => string;
  itemsCount: (n: number) => string;
  noCitation: string;
  noCitationText: (list: string) => string;
  latexTable: string;
  rankingHeaders: string[];
  pairwiseHeaders: string[];
  subject: string;
  field: string;
  value: string;
  manifestFields: { task: string; datasets: string; datasetVersion: string; promptVersion: string; seed: string; items: string; itemIds: string; appVersion: string; generated: string; model: (name: string) => string };
  yes: string;
  no: string;
  untested: string;
  chartLabel: string;
  values: Record<string, string>;
}

const EN: ReportLabels = {
  title: (query) => `BenchHub Plus report: ${query}`,
  meta: (t) => ({ before: 'Task', after: ` · ${t.status} · created ${t.createdAt} · duration ${t.duration}` }),
  goalAndPlan: 'Goal and plan',
  plan: 'Plan',
  planLine: { allTaskTypes: 'all task types', allTargets: 'all targets', allSubjects: 'all subjects', items: (n) => `${n} items`, seed: (n) => `seed ${n}` },
  notes: 'Not applied / notes',
  shortfall: 'Shortfall',
  shortfallText: (available, requested) => `only ${available} of ${requested} requested items matched the plan.`,
  taskError: 'Task error',
  methods: 'Methods',
  noResult: 'No result was stored for this task.',
  method: {
    PAIRED: 'Accuracy with 95% Wilson intervals; exact McNemar tests on shared items, Holm-adjusted; tied groups at alpha 0.05.',
    INTERVALS:
      'Some models were answered from cached leaderboard cells (other runs and items), so no paired test applies: models are separated only when their 95% Wilson intervals do not overlap; a model without an interval is ranked by its score, untested.',
  },
  chance: (pct) => `Chance level (uniform guessing among each item's options): ${pct}.`,
  ranking: 'Ranking',
  noRanking: 'No model was ranked.',
  noScores: '(no scores)',
  tiedGroups: 'Tied groups',
  noTies: 'No two ranked models are tied.',
  cannotTell: ' — the data cannot tell these apart',
  pairwise: 'Pairwise tests',
  noPairwise: 'No paired tests (fewer than two live models).',
  perSubject: 'Per subject',
  noPerSubject: 'No per-subject breakdown.',
  manifest: 'Reproducibility manifest',
  citation: 'Citation',
  itemsFrom: (sources) => `Items come from BenchHub${sources ? ` and its source benchmarks: ${sources}` : ''}.`,
  itemsCount: (n) => `${n} items`,
  noCitation: 'No citation on file',
  noCitationText: (list) => ` for: ${list} — cite these from their own sources.`,
  latexTable: 'LaTeX table',
  rankingHeaders: ['Rank', 'Model', 'Accuracy', '95% CI', 'n', 'Group', 'Unparsed', 'Ambiguous', 'Latency p50 / p95', 'Cost', 'Source'],
  pairwiseHeaders: ['Model A', 'Model B', 'Shared items', 'Only A right', 'Only B right', 'p (exact McNemar)', 'p (Holm)', 'Significant'],
  subject: 'Subject',
  field: 'Field',
  value: 'Value',
  manifestFields: {
    task: 'Task',
    datasets: 'Datasets',
    datasetVersion: 'Dataset version',
    promptVersion: 'Prompt template version',
    seed: 'Seed',
    items: 'Items',
    itemIds: 'Sampled item ids (sha256)',
    appVersion: 'App version',
    generated: 'Generated',
    model: (name) => `Model ${name}`,
  },
  yes: 'yes',
  no: 'no',
  untested: 'untested',
  chartLabel: 'Accuracy with 95% intervals',
  values: {},
};

const KO: ReportLabels = {
  title: (query) => `BenchHub Plus 보고서: ${query}`,
  meta: (t) => ({ before: '작업', after: ` · ${t.status} · 생성 ${t.createdAt} · 소요 시간 ${t.duration}` }),
  goalAndPlan: '목표와 계획',
  plan: '계획',
  planLine: { allTaskTypes: '모든 과제 유형', allTargets: '모든 대상', allSubjects: '모든 과목', items: (n) => `${n}문항`, seed: (n) => `시드 ${n}` },
  notes: '적용하지 않은 조건 / 참고',
  shortfall: '문항 부족',
  shortfallText: (available, requested) => `요청한 ${requested}문항 중 ${available}문항만 계획과 일치했습니다.`,
  taskError: '작업 오류',
  methods: '방법',
  noResult: '이 작업에는 저장된 결과가 없습니다.',
  method: {
    PAIRED: '정확도와 95% Wilson 신뢰구간, 공통 문항에 대한 정확 McNemar 검정(Holm 보정), 유의수준 0.05에서의 동률 그룹.',
    INTERVALS:
      '일부 모델은 저장된 리더보드 셀(다른 실행과 문항)로 답했기 때문에 대응 검정을 적용할 수 없습니다. 95% Wilson 신뢰구간이 겹치지 않을 때만 모델을 구분하며, 구간이 없는 모델은 점수로 순위를 매기고 검정하지 않은 것으로 표시합니다.',
  },
  chance: (pct) => `우연 수준(각 문항의 선택지 중 균등하게 찍을 때): ${pct}.`,
  ranking: '순위',
  noRanking: '순위가 매겨진 모델이 없습니다.',
  noScores: '(점수 없음)',
  tiedGroups: '동률 그룹',
  noTies: '동률인 모델이 없습니다.',
  cannotTell: ' — 데이터로는 이 모델들을 구분할 수 없습니다',
  pairwise: '쌍별 검정',
  noPairwise: '대응 검정 없음(실시간 모델이 둘 미만).',
  perSubject: '과목별',
  noPerSubject: '과목별 분석이 없습니다.',
  manifest: '재현성 정보',
  citation: '인용',
  itemsFrom: (sources) => `문항 출처: BenchHub${sources ? ` 및 원본 벤치마크 ${sources}` : ''}.`,
  itemsCount: (n) => `${n}문항`,
  noCitation: '인용 정보 없음',
  noCitationText: (list) => `: ${list} — 각 출처에서 직접 인용해 주세요.`,
  latexTable: 'LaTeX 표',
  rankingHeaders: ['순위', '모델', '정확도', '95% 신뢰구간', 'n', '그룹', '해석 불가', '모호', '지연 시간 p50 / p95', '비용', '출처'],
  pairwiseHeaders: ['모델 A', '모델 B', '공통 문항', 'A만 정답', 'B만 정답', 'p(정확 McNemar)', 'p(Holm)', '유의함'],
  subject: '과목',
  field: '항목',
  value: '값',
  manifestFields: {
    task: '작업',
    datasets: '데이터셋',
    datasetVersion: '데이터셋 버전',
    promptVersion: '프롬프트 템플릿 버전',
    seed: '시드',
    items: '문항 수',
    itemIds: '추출 문항 ID(sha256)',
    appVersion: '앱 버전',
    generated: '생성 시각',
    model: (name) => `모델 ${name}`,
  },
  yes: '예',
  no: '아니요',
  untested: '검정 안 함',
  chartLabel: '정확도와 95% 신뢰구간',
  values: {
    ...KOREAN_PLAN_VALUES,
    PENDING: '대기 중',
    RUNNING: '실행 중',
    HELD: '보류됨',
    SUCCEEDED: '완료',
    FAILED: '실패',
    CANCELLED: '취소됨',
    LIVE: '실시간',
    CACHED: '캐시',
  },
};

export const REPORT_LABELS: Record<ReportLocale, ReportLabels> = { en: EN, ko: KO };
