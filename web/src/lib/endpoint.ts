/** The model endpoint form: raw text fields → ModelEndpointInput, with client-side number checks. */
import type { ResultOf, VariablesOf } from '$lib/graphql/graphql';
import type { CreateModelEndpointMutation, EndpointFields } from '$lib/graphql/operations';
import { parseOptionalNumber } from '$lib/format';

export type Endpoint = ResultOf<typeof EndpointFields>;
export type EndpointInput = VariablesOf<typeof CreateModelEndpointMutation>['input'];

export interface EndpointFormValues {
  name: string;
  baseUrl: string;
  modelId: string;
  apiKey: string;
  /** Edit mode only: delete the stored key. */
  removeKey: boolean;
  /** Team members may use it (never seeing its key, headers or URL credentials). */
  shared: boolean;
  temperature: string;
  maxTokens: string;
  timeoutMs: string;
  maxRetries: string;
  concurrency: string;
  requestsPerMinute: string;
  tokensPerMinute: string;
  inputPricePerMTok: string;
  outputPricePerMTok: string;
}

export const NUMERIC_FIELDS = [
  'temperature',
  'maxTokens',
  'timeoutMs',
  'maxRetries',
  'concurrency',
  'requestsPerMinute',
  'tokensPerMinute',
  'inputPricePerMTok',
  'outputPricePerMTok',
] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];
export const ENDPOINT_FIELDS = ['name', 'baseUrl', 'modelId', 'apiKey', ...NUMERIC_FIELDS] as const;

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function emptyEndpointForm(): EndpointFormValues {
  return {
    name: '',
    baseUrl: '',
    modelId: '',
    apiKey: '',
    removeKey: false,
    shared: false,
    temperature: '',
    maxTokens: '',
    timeoutMs: '',
    maxRetries: '',
    concurrency: '',
    requestsPerMinute: '',
    tokensPerMinute: '',
    inputPricePerMTok: '',
    outputPricePerMTok: '',
  };
}

/** Form values for editing: everything except the key, which is write-only and never sent back. */
export function endpointToForm(endpoint: Endpoint): EndpointFormValues {
  return {
    name: endpoint.name,
    baseUrl: endpoint.baseUrl ?? '',
    modelId: endpoint.modelId,
    apiKey: '',
    removeKey: false,
    shared: endpoint.shared,
    temperature: text(endpoint.temperature),
    maxTokens: text(endpoint.maxTokens),
    timeoutMs: text(endpoint.timeoutMs),
    maxRetries: text(endpoint.maxRetries),
    concurrency: text(endpoint.concurrency),
    requestsPerMinute: text(endpoint.requestsPerMinute),
    tokensPerMinute: text(endpoint.tokensPerMinute),
    inputPricePerMTok: text(endpoint.inputPricePerMTok),
    outputPricePerMTok: text(endpoint.outputPricePerMTok),
  };
}

export type EndpointFormResult = { ok: true; input: EndpointInput } | { ok: false; invalid: NumericField[] };

/**
 * Builds the mutation input. Empty optional fields are omitted (server defaults). The API key:
 * create → sent only when typed; edit → empty means keep (omitted), "remove" sends "" to delete it.
 */
export function formToEndpointInput(values: EndpointFormValues, mode: 'create' | 'edit'): EndpointFormResult {
  const invalid: NumericField[] = [];
  const numbers: Partial<Record<NumericField, number>> = {};
  for (const field of NUMERIC_FIELDS) {
    const value = parseOptionalNumber(values[field]);
    if (value === undefined) continue;
    if (Number.isNaN(value)) invalid.push(field);
    else numbers[field] = value;
  }
  if (invalid.length > 0) return { ok: false, invalid };
  const input: EndpointInput = {
    name: values.name.trim(),
    baseUrl: values.baseUrl.trim(),
    modelId: values.modelId.trim(),
    shared: values.shared,
    ...numbers,
  };
  if (mode === 'edit' && values.removeKey) input.apiKey = '';
  else if (values.apiKey !== '') input.apiKey = values.apiKey;
  return { ok: true, input };
}
