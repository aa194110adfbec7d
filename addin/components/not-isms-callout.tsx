/**
 * Shown when the core reports WB-NO-ISMS-TABLES: the workbook (a client's register in its own
 * layout, typically) has none of the canonical tables, so checks, heat maps and SoA progress have
 * nothing to read. Leads straight to the existing conversion instead of listing one finding.
 */
import { useId } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowSwapRegular } from '@fluentui/react-icons';
import type { Finding } from '../../shared/validation';

/** True when the assessment says no canonical table was found (rule WB-NO-ISMS-TABLES). */
export function lacksIsmsTables(assessment: { readonly findings: readonly Finding[] }): boolean {
  return assessment.findings.some((f) => f.rule === 'WB-NO-ISMS-TABLES');
}

export function NotIsmsCallout(props: { onConvert: () => void }) {
  const title = useId();
  const body = useId();
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      aria-labelledby={title}
      aria-describedby={body}
      data-testid="not-isms-callout"
    >
      <MessageBarBody>
        <MessageBarTitle id={title}>This workbook is not in the ISMS layout yet</MessageBarTitle>
        <span id={body}>
          None of the ISMS tables (risk register, SoA, methodology) were found, so nothing could be
          checked: convert it to review how its columns map, then work on the converted register.
        </span>
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          icon={<ArrowSwapRegular />}
          aria-label="Convert it to the ISMS layout"
          onClick={props.onConvert}
        >
          Convert it
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
