export * from './brief';
export * from './creator';
export * from './fit';
export * from './metrics';
export * from './reading';
export * from './settings';
