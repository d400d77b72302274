// The door of src/storage: safe key-value storage, the table of every key hearken writes, time.
export { safeStorage, memoryStorage, readJson, writeJson, keyed } from './safe';
export type { KeyValueStore, Keyed, ReadWriteStore } from './safe';
export * as KEYS from './default-keys';
export { DEFAULT_NAMESPACE, CORE_GLOBAL, DELIVERY_GLOBAL, KIT_GLOBAL, PIPELINES_GLOBAL, FOLLOW_UP_GLOBAL, TRIGGERS_GLOBAL, CHECKS_GLOBAL, MESSAGES_GLOBAL, storageKeys } from './keys';
export { eraseAll } from './erase';
export { plainJson } from './json';
export type { StoredData } from './erase';
export { realClock, within } from './clock';
export type { Clock } from './clock';
