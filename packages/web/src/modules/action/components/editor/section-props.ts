import type { ActionForm } from '../../form/action-form';

/** What every section of the editor gets: the form, how to change a field, and a field's error. */
export interface SectionProps {
  form: ActionForm;
  set: <K extends keyof ActionForm>(key: K, value: ActionForm[K]) => void;
  err: (key: string) => string | undefined;
}
