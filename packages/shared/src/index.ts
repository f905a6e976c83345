export * from './domain';
export * from './seed';
