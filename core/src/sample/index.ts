export { generateSampleBenchmark, SAMPLE_BENCHMARK_NAME, SAMPLE_BENCHMARK_VERSION } from './generate';
export { fnv1a64Hex } from './hash';
export { itemId } from './builder';
