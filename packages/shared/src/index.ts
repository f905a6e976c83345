export * from './domain';
export * from './seed';
export * from './validation';
export * from './plan-checks';
export * from './plan-parser';
export * from './milestones';
