import { useMutation } from '@apollo/client/react';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';
import { ReopenYearReportMutation, SubmitYearReportMutation, UpdateYearReportNarrativeMutation } from '../graphql/year-report';

const CONFLICT = 'Iemand anders heeft het jaarrapport intussen gewijzigd. De nieuwste versie is geladen; je tekst staat nog in het veld: bewaar opnieuw om ze te vervangen.';

/**
 * The yearly report's writes. Every one sends the version the page shows; the server checks it,
 * the rights and the lengths (the messages of its INVALID_INPUT are shown beside the field). The
 * mutations answer the plan with its report, so the page updates from the answer.
 */
export function useYearReport(report: { planId: string; version: number }, refetch: () => unknown) {
  const [saveNarrative, saving] = useMutation(UpdateYearReportNarrativeMutation);
  const [submitReport, submitting] = useMutation(SubmitYearReportMutation);
  const [reopenReport, reopening] = useMutation(ReopenYearReportMutation);

  /** Saves one goal's narrative; answers null when saved, else the message to show. */
  const narrative = async (strategicGoalId: string, text: string): Promise<string | null> => {
    try {
      await saveNarrative({ variables: { planId: report.planId, strategicGoalId, text: text.trim() ? text : null, version: report.version } });
      return null;
    } catch (e) {
      if (errorCode(e) === 'VERSION_CONFLICT') {
        await refetch();
        return CONFLICT;
      }
      return errorIssues(e)[0]?.message ?? mutationMessage(e);
    }
  };

  const submit = async (): Promise<string | null> => {
    try {
      await submitReport({ variables: { planId: report.planId, version: report.version } });
      return null;
    } catch (e) {
      if (errorCode(e) === 'VERSION_CONFLICT') {
        await refetch();
        return 'Het jaarrapport is intussen gewijzigd; de nieuwste versie is geladen. Bekijk ze en dien opnieuw in.';
      }
      return mutationMessage(e);
    }
  };

  /** Reopens (administrators); a missing reason comes back as the server's message on `reason`. */
  const reopen = async (reason: string): Promise<{ reason?: string; error?: string } | null> => {
    try {
      await reopenReport({ variables: { planId: report.planId, version: report.version, reason } });
      return null;
    } catch (e) {
      const onReason = errorIssues(e).find((issue) => issue.field === 'reason');
      if (onReason) return { reason: onReason.message };
      if (errorCode(e) === 'VERSION_CONFLICT') {
        await refetch();
        return { error: 'Het jaarrapport is intussen gewijzigd; de nieuwste versie is geladen.' };
      }
      return { error: mutationMessage(e) };
    }
  };

  return { narrative, submit, reopen, busy: saving.loading || submitting.loading || reopening.loading };
}
