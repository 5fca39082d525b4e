import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

export const printSchemaSdl = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
