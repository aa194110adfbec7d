/**
 * One change between two review cycles of the same ISMS, as the diff outputs and the management
 * review pack ("changes since the last review") list it.
 */
export type ChangeArea =
  | 'methodology'
  | 'risk'
  | 'soa'
  | 'clause'
  | 'finding'
  | 'document'
  | 'objective'
  | 'readiness';

export type ChangeItem = {
  readonly area: ChangeArea;
  readonly kind: 'added' | 'removed' | 'changed';
  /** Risk id, 2022 control id (`A.5.1`), clause number, finding id, document id, stage … */
  readonly id: string;
  /** The field that changed (`residualScore`, `status`, …); null for added/removed. */
  readonly field: string | null;
  readonly before: string | null;
  readonly after: string | null;
};
