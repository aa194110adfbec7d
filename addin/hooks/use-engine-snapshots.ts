/**
 * The snapshots the engine read in its worker for the current result, fetched when a tab that
 * sends them to the checks service opens (Reports, Compare); null until they arrive.
 */
import { useEffect, useState } from 'react';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Engine } from '../engine/types';

export function useEngineSnapshots(
  engine: Engine,
  result: unknown,
): readonly WorkbookSnapshot[] | null {
  const [snapshots, setSnapshots] = useState<readonly WorkbookSnapshot[] | null>(null);
  useEffect(() => {
    let live = true;
    void engine.snapshots().then((s) => live && setSnapshots(s));
    return () => {
      live = false;
    };
  }, [engine, result]);
  return snapshots;
}
