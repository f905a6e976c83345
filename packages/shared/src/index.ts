export * from './domain';
export * from './seed';
export * from './validation';
export * from './plan-checks';
export * from './plan-parser';
export * from './milestones';
export * from './capacity';
export * from './goal-status';
