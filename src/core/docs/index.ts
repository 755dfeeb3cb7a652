export * from './entry';
export * from './storageKinds';
export * from './flags';
export * from './mountFlagKeys';
export * from './volumeModes';
export * from './dockerfile';
export * from './compose';
export * from './mountSummary';
