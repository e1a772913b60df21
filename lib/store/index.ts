export type { CreatorBundle } from './creators';
export { DB_NAME, DB_VERSION } from './db-schema';
export { defaultSettings } from './default-settings';
export { StoreError } from './errors';
export type { RecordResult } from './record-reading';
export { openStore, type Store, type StoreOptions } from './store';
