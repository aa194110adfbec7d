/** DOC-UNAPPROVED: a document in tblDocuments without Approved By or Approval Date (7.5.2 c). */
import { firstPresent, makeFinding, whereOf } from '../make-finding';
import { RECORDS } from '../messages-records';
import { defineRule } from '../rule';

export const docUnapproved = defineRule({
  id: 'DOC-UNAPPROVED',
  severity: 'minor',
  clause: '7.5.2 c)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.documents ?? [])
      .filter(
        (d) =>
          (d.title !== null || d.id !== null) && (d.approvedBy === null || d.approvalDate === null),
      )
      .map((d) =>
        makeFinding(
          'DOC-UNAPPROVED',
          whereOf(
            wb.name,
            d.ref,
            firstPresent(d.ref, d.approvedBy === null ? 'approvedBy' : 'approvalDate'),
          ),
          RECORDS.docUnapproved(`"${d.title ?? d.id}"`),
        ),
      ),
});
