// Relay-style global ids: base64url("Type:uuid"). Opaque to clients, decodable here.
import { AppError } from './app-error';

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fromGlobalId(globalId: string, expectedType?: string): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (sep < 1 || !UUID.test(id) || (expectedType && type !== expectedType)) {
    throw new AppError('INVALID_INPUT', `Ongeldige id${expectedType ? ` (verwacht: ${expectedType})` : ''}`, { field: 'id' });
  }
  return { type, id };
}
