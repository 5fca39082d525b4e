import { builder } from '../builder';
import { listCategories, type CategoryInfo, type FineCategoryInfo } from '../../services/category.service';
import { LanguageEnum } from './plan';

const FineCategoryRef = builder.objectRef<FineCategoryInfo>('FineCategory').implement({
  fields: (t) => ({
    name: t.exposeString('name', { description: '"Coarse/Fine", e.g. "Science/Math".' }),
    koreanName: t.exposeString('koreanName', { nullable: true }),
    itemCount: t.exposeInt('itemCount', { description: 'Loaded benchmark items in this subject.' }),
  }),
});

const CategoryRef = builder.objectRef<CategoryInfo>('Category').implement({
  description: 'A coarse BenchHub category and its fine categories.',
  fields: (t) => ({
    name: t.exposeString('name'),
    koreanName: t.exposeString('koreanName', { nullable: true }),
    itemCount: t.exposeInt('itemCount'),
    fines: t.field({ type: [FineCategoryRef], resolve: (c) => c.fines }),
  }),
});

builder.queryField('categories', (t) =>
  t.field({
    type: [CategoryRef],
    description: 'The BenchHub taxonomy (6 coarse, 63 fine categories) with item counts from the loaded data.',
    args: { language: t.arg({ type: LanguageEnum }) },
    resolve: (_root, { language }, ctx) => listCategories(ctx.db, language ?? null),
  }),
);
