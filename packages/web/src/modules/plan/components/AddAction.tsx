import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { loadSchemas, preloadSchemas } from '@/common/forms/load-schemas';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import { CreateActionMutation } from '../graphql/plan-edit';

/** "Actie toevoegen": a title is enough to start; the editor opens right after. */
export function AddAction({ planId, year }: { planId: string; year: number }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateActionMutation, { refetchQueries: ['ActionPlanPage'] });
  useEffect(() => {
    if (open) preloadSchemas();
  }, [open]);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const { actionCreateSchema, fieldIssues } = await loadSchemas();
    const parsed = actionCreateSchema.safeParse({ title });
    if (!parsed.success) {
      setError(issuesByField(fieldIssues(parsed.error)).title ?? 'Vul een titel in');
      return;
    }
    setError(null);
    try {
      const result = await create({ variables: { planId, input: { title: parsed.data.title } } });
      const id = result.data?.createAction.action.id;
      if (id) await navigate(`/acties/${id}/bewerken`);
    } catch (failure) {
      setError(issuesByField(errorIssues(failure)).title ?? mutationMessage(failure));
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Actie toevoegen
      </button>
    );
  }
  return (
    <form className="add-action" onSubmit={(event) => void submit(event)} noValidate>
      <Field id="nieuwe-actie-titel" label={`Titel van de nieuwe actie in ${year}`} error={error ?? undefined}>
        {(control) => <input {...control} value={title} onChange={(event) => setTitle(event.target.value)} autoFocus />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Bezig…' : 'Aanmaken en bewerken'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
