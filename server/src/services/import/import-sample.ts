/**
 * The import sample shipped in examples/ (benchhub-ko-en-sample.jsonl and .parquet): 22 Korean
 * and English items written by this project in the column layout of the BenchHub-En/Ko exports,
 * so that `benchhub import` can be tried from a clone. It is NOT BenchHub data: every row says so
 * in additional_info, and benchmark_name is this project's own key.
 *
 * The layout is the published one, quirks included: `answer` is empty and the gold is in
 * answer_key / answer_str; mcqa_meta is a JSON string whose original_answer is a letter or a
 * 0-based index; targets are "Cultural", "Local" or "General"; task types vary in case; one
 * subject is lower-case; reference is "None"; external_tool_usage is "False"; one short answer
 * has no problem_type; each row carries the upload artefact __force_upload_timestamp__.
 *
 * Regenerate the files with `npx tsx server/src/scripts/write-import-sample.ts`; a test fails
 * when the shipped files differ from these rows.
 */
import type { ColumnSpec, Row } from './benchhub-writer';

export const IMPORT_SAMPLE_BASENAME = 'benchhub-ko-en-sample';
export const IMPORT_SAMPLE_BENCHMARK = 'benchhub-plus/import-sample';

/** The columns of the BenchHub-En/Ko exports, in their order, with their parquet types. */
export const EXPORT_COLUMNS: readonly ColumnSpec[] = [
  { name: 'problem_type', kind: 'string' },
  { name: 'context', kind: 'string' },
  { name: 'prompt', kind: 'string' },
  { name: 'options', kind: 'list' },
  { name: 'answer', kind: 'string' },
  { name: 'answer_key', kind: 'string' },
  { name: 'answer_str', kind: 'string' },
  { name: 'mcqa_meta', kind: 'string' },
  { name: 'reference', kind: 'string' },
  { name: 'benchmark_name', kind: 'string' },
  { name: 'original_category', kind: 'string' },
  { name: 'additional_info', kind: 'string' },
  { name: 'split', kind: 'string' },
  { name: 'task_type', kind: 'string' },
  { name: 'target_type', kind: 'string' },
  { name: 'subject_type', kind: 'list' },
  { name: 'external_tool_usage', kind: 'string' },
  { name: '__force_upload_timestamp__', kind: 'string' },
];

const LABEL = JSON.stringify({ sample: 'written by BenchHub Plus for trying the importer; not BenchHub data' });
const UPLOADED = '2025-06-02 09:00:00';

interface SampleItem {
  problemType: string;
  context?: string;
  prompt: string;
  options?: string[];
  /** Gold option (A…) for MCQA/Binary; the gold text for short answers. */
  key?: string;
  text: string;
  /** mcqa_meta.original_answer as written: the letter, or the 0-based index. */
  original?: 'letter' | 'index';
  reference?: string;
  category: string;
  task: string;
  target: string;
  subjects: string[];
}

function exportRow(item: SampleItem): Row {
  const options = item.options ?? [];
  const keys = options.map((_, i) => String.fromCharCode(65 + i));
  const index = item.key ? item.key.charCodeAt(0) - 65 : -1;
  const meta =
    item.problemType === 'MCQA' && item.key
      ? JSON.stringify({ num_options: options.length, option_keys: keys, original_answer: item.original === 'index' ? index : item.key })
      : '{}';
  return {
    problem_type: item.problemType,
    context: item.context ?? '',
    prompt: item.prompt,
    options,
    answer: '',
    answer_key: item.key && options.length > 0 ? item.key : '',
    answer_str: item.text,
    mcqa_meta: meta,
    reference: item.reference ?? 'None',
    benchmark_name: IMPORT_SAMPLE_BENCHMARK,
    original_category: item.category,
    additional_info: LABEL,
    split: 'test',
    task_type: item.task,
    target_type: item.target,
    subject_type: item.subjects,
    external_tool_usage: 'False',
    __force_upload_timestamp__: UPLOADED,
  };
}

const ITEMS: readonly SampleItem[] = [
  // ---------------------------------------------------------------- Korean
  {
    problemType: 'MCQA',
    context:
      'ㄱ. 미성년자가 법정대리인의 동의 없이 한 법률행위는 취소할 수 있다.\nㄴ. 미성년자가 권리만을 얻는 행위를 할 때에는 법정대리인의 동의가 필요하지 않다.\nㄷ. 법정대리인이 범위를 정하여 처분을 허락한 재산은 미성년자가 임의로 처분할 수 있다.',
    prompt: '민법상 미성년자의 행위능력에 관한 설명으로 옳은 것을 모두 고른 것은?',
    options: ['ㄱ', 'ㄱ, ㄴ', 'ㄴ, ㄷ', 'ㄱ, ㄷ', 'ㄱ, ㄴ, ㄷ'],
    key: 'E',
    text: 'ㄱ, ㄴ, ㄷ',
    category: 'civil_law',
    task: 'Knowledge',
    target: 'Cultural',
    subjects: ['HASS/Law'],
  },
  {
    problemType: 'MCQA',
    prompt: '대한민국 헌법에 따른 국회의원의 임기는?',
    options: ['2년', '3년', '4년', '5년', '6년'],
    key: 'C',
    text: '4년',
    original: 'index',
    category: 'constitution',
    task: 'Knowledge',
    target: 'Cultural',
    subjects: ['HASS/Politics', 'HASS/Law'],
  },
  {
    problemType: 'MCQA',
    prompt: '대한민국 대통령의 임기와 중임 여부로 옳은 것은?',
    options: ['4년 중임', '5년 단임', '6년 단임', '4년 연임'],
    key: 'B',
    text: '5년 단임',
    category: 'constitution',
    task: 'Knowledge',
    target: 'Cultural',
    subjects: ['HASS/Politics'],
  },
  {
    problemType: 'MCQA',
    prompt: '물(H₂O) 분자 한 개에 들어 있는 수소 원자의 수는?',
    options: ['1개', '2개', '3개', '4개'],
    key: 'B',
    text: '2개',
    category: 'chemistry',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Science/Chemistry'],
  },
  {
    problemType: 'MCQA',
    prompt: '저항이 10 Ω인 도체에 2 A의 전류가 흐를 때 도체 양단의 전압은?',
    options: ['5 V', '12 V', '20 V', '0.2 V'],
    key: 'C',
    text: '20 V',
    original: 'index',
    category: 'electrical_engineering',
    task: 'Reasoning',
    target: 'General',
    subjects: ['Tech./Electrical Eng.'],
  },
  {
    problemType: 'MCQA',
    prompt: '방정식 2x + 6 = 14의 해는?',
    options: ['x = 2', 'x = 4', 'x = 8', 'x = 10'],
    key: 'B',
    text: 'x = 4',
    category: 'math',
    task: 'reasoning',
    target: 'General',
    subjects: ['Science/Math'],
  },
  {
    problemType: 'MCQA',
    prompt: '설날 아침에 웃어른께 절을 올리며 새해 인사를 드리는 풍습은?',
    options: ['세배', '성묘', '강강술래', '부럼 깨기'],
    key: 'A',
    text: '세배',
    category: 'korean_tradition',
    task: 'Knowledge',
    target: 'Cultural',
    subjects: ['Culture/Tradition', 'Culture/Celebration Holiday'],
  },
  {
    problemType: 'MCQA',
    prompt: '다른 사람의 개인정보를 다루는 태도로 가장 바람직한 것은?',
    options: ['동의 없이 SNS에 공유한다', '나중에 쓸 수 있도록 필요 이상으로 모아 둔다', '친한 친구에게만 알려 준다', '필요한 범위에서 동의를 받아 목적에 맞게만 이용한다'],
    key: 'D',
    text: '필요한 범위에서 동의를 받아 목적에 맞게만 이용한다',
    category: 'privacy_ethics',
    task: 'Value/alignment',
    target: 'General',
    subjects: ['Social Intelligence/Value/Alignment'],
  },
  {
    problemType: 'Binary',
    prompt: '추석은 음력 8월 15일이다.',
    options: ['참', '거짓'],
    key: 'A',
    text: '참',
    category: 'korean_holiday',
    task: 'Knowledge',
    target: 'Cultural',
    subjects: ['Culture/Celebration Holiday'],
  },
  {
    problemType: 'short-form',
    prompt: '조선을 건국한 왕의 묘호는 무엇인가?',
    text: '태조',
    category: 'korean_history',
    task: 'Knowledge',
    target: 'Local',
    subjects: ['HASS/History'],
  },
  {
    // As in the exports: a short answer whose problem_type is empty (the importer infers short-form).
    problemType: '',
    prompt: '물의 화학식을 쓰시오.',
    text: 'H2O',
    category: 'chemistry',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Science/Chemistry'],
  },
  {
    problemType: 'MCQA',
    prompt: '다음 중 대한민국의 수도는?',
    options: ['부산', '서울', '인천', '대구'],
    key: 'B',
    text: '서울',
    category: 'geography',
    task: 'Knowledge',
    target: 'Cultural',
    subjects: ['HASS/Geography'],
  },
  // ---------------------------------------------------------------- English
  {
    problemType: 'MCQA',
    prompt: 'Which planet in our solar system has the shortest orbital period?',
    options: ['Venus', 'Mercury', 'Earth', 'Mars'],
    key: 'B',
    text: 'Mercury',
    category: 'astronomy',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Science/Astronomy'],
  },
  {
    problemType: 'MCQA',
    prompt: 'What is the derivative of x^3 with respect to x?',
    options: ['x^2', '3x', '3x^2', 'x^3/3', '3x^3'],
    key: 'C',
    text: '3x^2',
    original: 'index',
    category: 'calculus',
    task: 'Reasoning',
    target: 'General',
    subjects: ['Science/Math'],
  },
  {
    problemType: 'MCQA',
    prompt: 'In Python, what does len([1, [2, 3], 4]) return?',
    options: ['2', '3', '4', '5'],
    key: 'B',
    text: '3',
    category: 'python',
    task: 'Reasoning',
    target: 'General',
    subjects: ['Tech./Coding'],
  },
  {
    problemType: 'MCQA',
    prompt: 'Which of these numbers is prime?',
    options: ['21', '23', '25'],
    key: 'B',
    text: '23',
    category: 'number_theory',
    task: 'Reasoning',
    target: 'General',
    subjects: ['Science/Math'],
  },
  {
    problemType: 'MCQA',
    prompt: 'What is the SI unit of electrical resistance?',
    options: ['Volt', 'Ampere', 'Ohm', 'Watt'],
    key: 'C',
    text: 'Ohm',
    category: 'electrical_engineering',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Tech./Electrical Eng.'],
  },
  {
    problemType: 'MCQA',
    prompt: 'When the price of a good rises and the quantity demanded falls, which law does this illustrate?',
    options: ['The law of supply', 'The law of demand', 'The law of diminishing returns', 'The law of comparative advantage'],
    key: 'B',
    text: 'The law of demand',
    category: 'microeconomics',
    task: 'Knowledge',
    target: 'General',
    subjects: ['hass/economics'],
  },
  {
    problemType: 'MCQA',
    prompt: "Which gas makes up most of Earth's atmosphere by volume?",
    options: ['Oxygen', 'Carbon dioxide', 'Nitrogen', 'Argon'],
    key: 'C',
    text: 'Nitrogen',
    category: 'atmospheric_science',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Science/Atmospheric Science'],
  },
  {
    problemType: 'Binary',
    prompt: 'At sea level, pure water boils at 100 degrees Celsius.',
    options: ['True', 'False'],
    key: 'A',
    text: 'True',
    category: 'physics',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Science/Physics'],
  },
  {
    problemType: 'short-form',
    prompt: 'What is the chemical symbol for sodium?',
    text: 'Na',
    category: 'chemistry',
    task: 'Knowledge',
    target: 'General',
    subjects: ['Science/Chemistry'],
  },
  {
    problemType: 'open-ended',
    prompt: 'Explain why the sky looks blue on a clear day.',
    text: '',
    reference: 'Rayleigh scattering: air molecules scatter shorter (blue) wavelengths of sunlight much more strongly than longer (red) ones, so scattered blue light reaches the eye from every direction of the sky.',
    category: 'physics',
    task: 'Reasoning',
    target: 'General',
    subjects: ['Science/Physics'],
  },
];

/** The sample rows, in the export layout. */
export const IMPORT_SAMPLE_ROWS: readonly Row[] = ITEMS.map(exportRow);
