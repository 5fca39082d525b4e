/**
 * The BenchHub subject taxonomy as the server serves it (`categories`): six coarse categories and their
 * "Coarse/Fine" subcategories, with Korean names and item counts. Pure helpers only; `taxonomy.svelte.ts` loads it.
 * The server remains the authority on subjects (unknown ones are rejected there with a ValidationError).
 */
import type { ResultOf } from '$lib/graphql/graphql';
import type { CategoriesQuery } from '$lib/graphql/operations';
import { formatInteger } from '$lib/format';
import type { Locale } from '$lib/i18n/core';

export type Categories = ResultOf<typeof CategoriesQuery>['categories'];

export interface SubjectInfo {
  /** Canonical name: "Science" or "Science/Math". */
  name: string;
  coarse: string;
  isCoarse: boolean;
  /** The name within its coarse category: "Math" for "Science/Math", "Value/Alignment" for two slashes. */
  shortName: string;
  koreanName: string | null;
  /** Loaded benchmark items (in the language the taxonomy was loaded for). */
  itemCount: number;
  /** Position in taxonomy order: a coarse category, then its fine ones. */
  order: number;
}

export interface SubjectGroup {
  coarse: SubjectInfo;
  fines: SubjectInfo[];
}

export interface Taxonomy {
  groups: SubjectGroup[];
  /** Every coarse and fine subject by canonical name. */
  subjects: ReadonlyMap<string, SubjectInfo>;
}

/** The coarse part of a subject (everything before the FIRST slash). */
export function coarseOf(subject: string): string {
  const slash = subject.indexOf('/');
  return slash < 0 ? subject : subject.slice(0, slash);
}

/** The part after the first slash ("Social Intelligence/Value/Alignment" → "Value/Alignment"); coarse → itself. */
export function shortNameOf(subject: string): string {
  const slash = subject.indexOf('/');
  return slash < 0 ? subject : subject.slice(slash + 1);
}

const built = new WeakMap<Categories, Taxonomy>();

/** Indexes the `categories` answer (memoized per answer, so every component shares one index). */
export function buildTaxonomy(categories: Categories): Taxonomy {
  const cached = built.get(categories);
  if (cached) return cached;
  const subjects = new Map<string, SubjectInfo>();
  let order = 0;
  const groups = categories.map((category): SubjectGroup => {
    const coarse: SubjectInfo = {
      name: category.name,
      coarse: category.name,
      isCoarse: true,
      shortName: category.name,
      koreanName: category.koreanName ?? null,
      itemCount: category.itemCount,
      order: order++,
    };
    subjects.set(coarse.name, coarse);
    const fines = category.fines.map((fine): SubjectInfo => {
      const info: SubjectInfo = {
        name: fine.name,
        coarse: category.name,
        isCoarse: false,
        shortName: shortNameOf(fine.name),
        koreanName: fine.koreanName ?? null,
        itemCount: fine.itemCount,
        order: order++,
      };
      subjects.set(info.name, info);
      return info;
    });
    return { coarse, fines };
  });
  const taxonomy = { groups, subjects };
  built.set(categories, taxonomy);
  return taxonomy;
}

/**
 * Display label of a subject. English keeps the canonical name ("Science/Math"); Korean uses the Korean names when the
 * taxonomy knows them ("과학 · 수학"). Unknown subjects, or no taxonomy yet, show the canonical name.
 */
export function subjectLabel(subject: string, locale: Locale, taxonomy: Taxonomy | null | undefined): string {
  if (locale !== 'ko' || !taxonomy) return subject;
  const info = taxonomy.subjects.get(subject);
  if (!info?.koreanName) return subject;
  if (info.isCoarse) return info.koreanName;
  const coarse = taxonomy.subjects.get(info.coarse);
  return `${coarse?.koreanName ?? info.coarse} · ${info.koreanName}`;
}

/** The label within its coarse group (an <optgroup> names the coarse): "Math" / "수학". */
export function shortLabel(info: SubjectInfo, locale: Locale): string {
  return locale === 'ko' && info.koreanName ? info.koreanName : info.shortName;
}

/** "Math (348)": a label with an item count. */
export function withCount(label: string, count: number, locale: Locale): string {
  return `${label} (${formatInteger(count, locale)})`;
}

/** Taxonomy order (coarse before its fine subjects); subjects the taxonomy does not know (or all, without one) keep their input order, last. */
export function sortSubjects(subjects: readonly string[], taxonomy: Taxonomy | null | undefined): string[] {
  const rank = (subject: string) => taxonomy?.subjects.get(subject)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...subjects].sort((a, b) => rank(a) - rank(b));
}
