import { useTranslation } from 'react-i18next';
import './findings.css';
import { graphql } from '../../../gql';
import type { FindingExplanation_ExplanationFragment } from '../../../gql/graphql';
import { useFormat } from '../../ui/hooks/useFormat';

export const FindingExplanation_explanation = graphql(`
  fragment FindingExplanation_explanation on FindingExplanation {
    kind
    text
    explainedBy
    explainedAt
    review
    reviewComment
    reviewedBy
    reviewedAt
  }
`);

/** The commune's answer to a finding (its explanation, or "as in the source") and the reviewer's verdict, with who and when. */
export function FindingExplanation({ explanation: e }: { explanation: FindingExplanation_ExplanationFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="finding-explanation" data-testid="finding-explanation">
      <p>
        <strong>{t(`submission.explanationKind.${e.kind}`)}</strong>
        {e.kind === 'EXPLAINED' && e.text ? <>: {e.text}</> : null}{' '}
        <span className="muted">({t('findingDetail.by', { who: e.explainedBy, when: format.dateTime(e.explainedAt) })})</span>
      </p>
      <p>
        <span className={`status review-${e.review.toLowerCase()}`}>{t(`submission.review.${e.review}`)}</span>
        {e.reviewComment ? <> — {e.reviewComment}</> : null}
        {e.reviewedBy && e.reviewedAt ? (
          <span className="muted"> ({t('findingDetail.reviewedBy', { who: e.reviewedBy, when: format.dateTime(e.reviewedAt) })})</span>
        ) : null}
      </p>
    </div>
  );
}
