import { describe, expect, it } from 'vitest';
import { emptyEndpointForm, endpointToForm, formToEndpointInput, type Endpoint } from './endpoint';

const endpoint: Endpoint = {
  id: 'e1',
  name: 'local',
  kind: 'OPENAI_COMPATIBLE',
  isBaseline: false,
  description: null,
  baseUrl: 'http://localhost:11434/v1',
  modelId: 'llama3',
  temperature: 0,
  maxTokens: 256,
  timeoutMs: null,
  maxRetries: null,
  concurrency: 8,
  requestsPerMinute: 600,
  tokensPerMinute: null,
  hasApiKey: true,
  keyStatus: 'READABLE',
  extraHeaderNames: [],
  extraHeadersStatus: 'NONE',
  inputPricePerMTok: null,
  outputPricePerMTok: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  shared: true,
  owner: { id: 'u1', email: 'owner@lab.test', name: 'Owner' },
};

describe('endpoint form', () => {
  it('creates an input, omitting empty optional fields and trimming text', () => {
    const result = formToEndpointInput(
      { ...emptyEndpointForm(), name: ' gpt ', baseUrl: ' https://api.example.com/v1 ', modelId: 'gpt-4o', apiKey: 'sk-1', temperature: '0.2', maxTokens: '' },
      'create',
    );
    expect(result).toEqual({
      ok: true,
      input: { name: 'gpt', baseUrl: 'https://api.example.com/v1', modelId: 'gpt-4o', shared: false, apiKey: 'sk-1', temperature: 0.2 },
    });
  });

  it('sends the per-minute limits when given', () => {
    const result = formToEndpointInput({ ...emptyEndpointForm(), name: 'n', baseUrl: 'http://h/v1', modelId: 'm', requestsPerMinute: '500', tokensPerMinute: '90000' }, 'create');
    expect(result).toEqual({ ok: true, input: { name: 'n', baseUrl: 'http://h/v1', modelId: 'm', shared: false, requestsPerMinute: 500, tokensPerMinute: 90000 } });
  });

  it('rejects non-numeric numbers by field', () => {
    expect(formToEndpointInput({ ...emptyEndpointForm(), temperature: 'hot', maxTokens: '1e3', concurrency: 'x' }, 'create')).toEqual({
      ok: false,
      invalid: ['temperature', 'concurrency'],
    });
  });

  it('never pre-fills the key; an empty key on edit keeps it, "remove" deletes it', () => {
    const form = endpointToForm(endpoint);
    expect(form.apiKey).toBe('');
    expect(form.maxTokens).toBe('256');
    expect(form.timeoutMs).toBe('');
    expect(form.requestsPerMinute).toBe('600');
    expect(form.tokensPerMinute).toBe('');
    const keep = formToEndpointInput(form, 'edit');
    expect(keep.ok && 'apiKey' in keep.input).toBe(false);
    const replace = formToEndpointInput({ ...form, apiKey: 'sk-new' }, 'edit');
    expect(replace.ok && replace.input.apiKey).toBe('sk-new');
    const remove = formToEndpointInput({ ...form, apiKey: 'ignored', removeKey: true }, 'edit');
    expect(remove.ok && remove.input.apiKey).toBe('');
  });

  it('keeps the "shared with the team" choice both ways', () => {
    const form = endpointToForm(endpoint);
    expect(form.shared).toBe(true);
    const unshare = formToEndpointInput({ ...form, shared: false }, 'edit');
    expect(unshare.ok && unshare.input.shared).toBe(false);
    expect(emptyEndpointForm().shared).toBe(false);
  });
});
