/**
 * The API's global id of a row: base64url("Type:uuid"). Needed only where the API reports a row
 * key instead of a global id: the audit trail's column values (an action's `leadZoneId`), named
 * in the history panel. Conflicts no longer need it: they refetch through typed queries.
 */
export function toGlobalId(type: string, uuid: string): string {
  return btoa(`${type}:${uuid}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A global id for a value that may be a raw uuid or already a global id. */
export function asGlobalId(type: string, value: string): string {
  return UUID.test(value) ? toGlobalId(type, value) : value;
}
