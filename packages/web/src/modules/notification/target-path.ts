// Where a notification leads is one mapping, shared with the API's mails.
export { notificationPath } from '@kruispunt/shared';

/** The bell's accessible name: "Meldingen, 3 ongelezen". */
export function bellLabel(unread: number): string {
  return unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen`;
}
