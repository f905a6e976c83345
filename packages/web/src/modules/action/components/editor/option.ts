/** A choice of a select or checkbox group in the editor. */
export interface Option {
  value: string;
  label: string;
}
