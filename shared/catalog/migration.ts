/** ISO/IEC 27001:2013 → 2022 Annex A correspondence (ISO/IEC 27002:2022 Annex B). */
import mapping from './data/map-2013-to-2022.json';

export type Mapping2013 = {
  /** 2013 id, `A.9.2.3`. */
  readonly from: string;
  /** 2022 ids, `['8.2']`; more than one where a 2013 control was split (A.18.2.3 → 5.36, 8.8). */
  readonly to: readonly string[];
};

export const MAP_2013_TO_2022: readonly Mapping2013[] = mapping.mappings.map((m) => ({
  from: m.from,
  to: m.to,
}));

export type Change2022 = 'new' | 'merged' | 'one-to-one';

/** For each 2022 control: the 2013 controls it came from and how. */
export const FROM_2013: ReadonlyMap<
  string,
  { readonly from: readonly string[]; readonly change: Change2022 }
> = new Map(
  mapping.reverse_2022_to_2013.map((r) => [
    r.id,
    { from: r.from_2013, change: (r.change === 'new' ? 'new' : r.change) as Change2022 },
  ]),
);

const successors = new Map(MAP_2013_TO_2022.map((m) => [m.from, m.to]));

/** The 2022 successors of a 2013 control id (`A.9.2.3` → `['8.2']`), or [] when unknown. */
export function successorsOf2013(id2013: string): readonly string[] {
  return successors.get(id2013) ?? [];
}
